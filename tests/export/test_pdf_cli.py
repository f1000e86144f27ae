"""`cxcharter export` with --lang and --paper, end to end through a charter file."""

from __future__ import annotations

import pypdf
import pytest

from cxcharter import cli


@pytest.fixture(scope="module")
def german_charter(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "beispiel.cxcharter"
    assert cli.main(["sample", str(path), "--lang", "de"]) == 0
    return path


def export(path, out, *options) -> pypdf.PdfReader:
    assert cli.main(["export", str(path), "-o", str(out), *options]) == 0
    return pypdf.PdfReader(out)


def test_default_is_the_charters_language_on_a4(german_charter, tmp_path, capsys):
    reader = export(german_charter, tmp_path / "de.pdf")
    assert "wrote" in capsys.readouterr().out
    first = reader.pages[1]
    assert "Entscheidungsvorlage" in first.extract_text()
    assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == (595, 842)


def test_lang_and_paper_options(german_charter, tmp_path):
    reader = export(german_charter, tmp_path / "en.pdf", "--lang", "en", "--paper", "letter")
    text = " ".join(p.extract_text() for p in reader.pages[:4])
    assert "Contents" in text and "Decision brief" in text and "Inhalt" not in text
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_page_size_alias_and_bad_values(german_charter, tmp_path, capsys):
    reader = export(german_charter, tmp_path / "l.pdf", "--page-size", "letter")
    assert round(float(reader.pages[0].mediabox.width)) == 612
    capsys.readouterr()
    assert (
        cli.main(["export", str(german_charter), "-o", str(tmp_path / "x.pdf"), "--paper", "a3"])
        == 2
    )
    assert "a3" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_edition_distribution_prints_an_excerpt_without_assessments(german_charter, tmp_path):
    reader = export(
        german_charter, tmp_path / "d.pdf", "--edition", "distribution", "--omit", "decision_log"
    )
    pages = [p.extract_text() for p in reader.pages]
    assert all("Auszug aus Revision" in p for p in pages)
    text = " ".join(pages)
    assert "Skeptisch" not in text and "Entscheidungslog" not in text
    full = " ".join(p.extract_text() for p in export(german_charter, tmp_path / "f.pdf").pages)
    assert "Skeptisch" in full and "Auszug" not in full


@pytest.mark.parametrize(
    "options",
    [
        ["--edition", "excerpt"],
        ["--omit", "contacts"],
        ["--edition", "distribution", "--omit", "secrets"],
        ["--edition", "distribution", "--review-copy"],
    ],
)
def test_bad_edition_options_are_one_line_and_write_nothing(
    german_charter, tmp_path, capsys, options
):
    out = tmp_path / "x.pdf"
    assert cli.main(["export", str(german_charter), "-o", str(out), *options]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and not out.exists()


def test_a_goal_rationale_typed_into_a_new_charter_is_printed(tmp_path):
    from cxcharter.store.document import CharterDocument

    path = tmp_path / "neu.cxcharter"
    assert cli.main(["new", str(path), "--title", "Neu", "--lang", "de"]) == 0
    doc = CharterDocument.open(path, actor="t")
    doc.add_row(
        "goal",
        {
            "objective": "NPS heben",
            "rationale": "Weil Kunden wiederkommen.",
            "data_source": "Umfragetool",
            "cadence": "monatlich",
        },
    )
    doc.close()
    text = " ".join(
        " ".join(p.extract_text() for p in export(path, tmp_path / "n.pdf").pages).split()
    )
    for written in ("Weil Kunden wiederkommen.", "Umfragetool", "monatlich"):
        assert written in text
