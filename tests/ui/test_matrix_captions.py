"""The quadrant captions of the impact/effort matrix never meet: at the narrowest matrix
the page allows (beside the approval panel), in German, each caption keeps a gap to the
one beside it, and stays inside the plot."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRectF

from cxcharter.ui.sections.priorities.priority_matrix import MatrixPoint, PriorityMatrix

GAP = 8  # at least this many pixels between the captions of one row


def caption_boxes(view: PriorityMatrix) -> dict[str, QRectF]:
    """Each quadrant's caption (its name and hint together) as one rectangle."""
    return {key: c.name.united(c.hint) for key, c in view.caption_rects().items()}


def test_captions_keep_apart_at_the_narrowest_matrix_in_german(german, qtbot, host):
    view = PriorityMatrix(host)
    view.resize(view.minimumSize())
    view.show()
    qtbot.waitExposed(view)
    boxes = caption_boxes(view)
    plot = view.plot_rect()
    for (a_key, a), (b_key, b) in itertools.combinations(boxes.items(), 2):
        apart = a.adjusted(-GAP / 2, -1, GAP / 2, 1)
        assert not apart.intersects(b), f"{a_key} {a} meets {b_key} {b}"
    for key, box in boxes.items():
        assert plot.contains(box), f"{key} {box} leaves the plot {plot}"


def test_no_initiative_label_covers_a_caption(german, qtbot, host):
    """Initiatives crowd every corner, where the captions are: their labels go elsewhere."""
    corners = [(10, 1), (10, 10), (1, 1), (1, 10), (9, 2), (9, 9), (2, 2), (2, 9)]
    points = [
        MatrixPoint(n, f"Initiative {n} mit einem recht langen Titel", impact, effort)
        for n, (impact, effort) in enumerate(corners * 3)
    ]
    view = PriorityMatrix(host)
    view.resize(view.minimumSize())
    view.set_points(points)
    view.show()
    labels = list(view.label_rects().values())
    assert len(labels) > len(corners)
    for key, box in caption_boxes(view).items():
        assert not any(box.intersects(label) for label in labels), key
