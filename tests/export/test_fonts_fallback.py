"""Which face prints Chinese, Japanese and Korean: the first candidate that loads."""

from __future__ import annotations

import os
import shutil

import pytest

from cxcharter.export import fonts, fonts_fallback

INSTALLED = next(iter(fonts_fallback.candidates()), None)
needs_font = pytest.mark.skipif(
    INSTALLED is None and not os.environ.get("CI"),  # CI installs fonts-wqy-microhei
    reason="no CJK fallback font installed (Debian: fonts-wqy-microhei)",
)


@pytest.fixture
def fresh(monkeypatch):
    """Forget the face looked up so far; put it back afterwards."""
    fonts.register()
    saved = dict(fonts_fallback._state)
    fonts_fallback._state.clear()
    monkeypatch.delenv(fonts_fallback.ENVIRONMENT, raising=False)
    yield
    fonts_fallback._state.clear()
    fonts_fallback._state.update(saved)


@needs_font
def test_the_environment_variable_names_the_face(fresh, tmp_path, monkeypatch):
    own = tmp_path / "my-cjk.ttc"
    shutil.copyfile(INSTALLED, own)
    monkeypatch.setenv(fonts_fallback.ENVIRONMENT, str(own))
    assert fonts_fallback.path() == own
    assert ord("中") in fonts_fallback.coverage()


@needs_font
def test_a_file_that_does_not_load_is_passed_over(fresh, tmp_path, monkeypatch):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"OTTO" + b"\0" * 500)  # looks like a CFF font, is nothing
    monkeypatch.setenv(fonts_fallback.ENVIRONMENT, str(broken))
    assert fonts_fallback.candidates()[0] == broken
    assert fonts_fallback.path() not in (None, broken)
    assert fonts.printable("中文", fallback=True) == "中文"


def test_without_a_face_cjk_prints_as_boxes(fresh, tmp_path, monkeypatch):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    monkeypatch.setattr(fonts_fallback, "candidates", lambda: [broken])
    assert fonts_fallback.path() is None and fonts_fallback.coverage() == frozenset()
    assert fonts.printable("中文 ok", fallback=True) == "□□ ok"


def test_the_windows_fonts_folder_is_looked_in(monkeypatch, tmp_path):
    (tmp_path / "Fonts").mkdir()
    (tmp_path / "Fonts" / "msyh.ttc").write_bytes(b"")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    assert tmp_path / "Fonts" / "msyh.ttc" in fonts_fallback.candidates()
