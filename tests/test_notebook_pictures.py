"""Each participant notebook shows, under its title, a picture of what it does on a sample
persona (made by tools/notebook_pictures.py), so that it can be judged before anything runs."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from workshop import kitfiles

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_the_first_markdown_cell_shows_the_notebooks_picture(path):
    """The title cell ends with a line saying the picture below is an invented sample person,
    not the participant's workspace, then ![what it shows](images/NN.png): the line comes first,
    so nobody reads the sample's "Your strongest answer is ..." as their own before reaching it
    (participant trial s17); the file is a PNG of a reasonable size, and its text alternative
    names the notebook and the sample persona."""
    nb = nbformat.read(path, as_version=4)
    first = next(c for c in nb.cells if c.cell_type == "markdown")
    match = re.search(r"\*The picture below shows this notebook on an invented sample person, "
                      r"not your workspace[^*]*\*\s*!\[([^\]]+)\]\((images/\d\d\.png)\)\s*$",
                      first.source)
    assert match, f"{path.name}: no picture under the title, or no line saying whose it is"
    alt, src = match.groups()
    assert alt.startswith(f"Notebook {path.name[:2]} on a sample persona: ")
    picture = path.parent / src
    data = picture.read_bytes()
    assert data.startswith(b"\x89PNG") and 5_000 < len(data) < 300_000


BLANK_ROWS = 4  # tools/notebook_pictures.py ends each picture with a band of blank page


def _pixels(path: Path):
    import matplotlib.image as mpimg

    rgb = mpimg.imread(path, format="png")[..., :3]
    return (rgb * 255).round().astype(int)


def blank_bottom(pixels) -> bool:
    """Whether the picture ends in blank page: its last rows all of the page's colour (the
    picture's commonest), nothing drawn across them."""
    import numpy as np

    colours, counts = np.unique(pixels.reshape(-1, 3), axis=0, return_counts=True)
    page = colours[counts.argmax()]
    return bool((pixels[-BLANK_ROWS:] == page).all())


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_a_picture_ends_in_blank_page_not_mid_line(path):
    """Each picture shows its whole view, or stops in a gap between two sections: its bottom
    rows are empty page, never a line of text, a chart or a box cut across."""
    pixels = _pixels(path.parent / "images" / f"{path.name[:2]}.png")
    assert blank_bottom(pixels), f"{path.name[:2]}.png ends mid-content"


def test_the_blank_bottom_check_sees_a_cut():
    """The check fails a picture whose last rows cross a drawn thing (a line of text)."""
    import numpy as np

    pixels = np.full((40, 30, 3), 255)
    assert blank_bottom(pixels)
    pixels[-2, 5:9] = 0  # a glyph's foot in the last rows
    assert not blank_bottom(pixels)


def test_the_participants_copy_carries_the_pictures(tmp_path):
    """`workshop lab`'s copy of the notebooks brings the pictures, so they show there too."""
    result = kitfiles.copy_notebooks(tmp_path / "mine")
    for path in NOTEBOOKS:
        assert (tmp_path / "mine" / "images" / f"{path.name[:2]}.png").is_file()
    assert sorted(n for n in result.copied if n.startswith("images")) == \
        sorted(f"images/{p.name[:2]}.png" for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_a_picture_shows_the_words_its_view_shows_now(path, tmp_path, monkeypatch):
    """The words of the controls in a picture (every box's placeholder and button's label,
    kept in tools/notebook_pictures.json when it was taken) are the ones its notebook's view
    shows now on the same sample persona. A placeholder reworded or a button renamed since
    means the picture shows an older kit (05's once showed its reply boxes' old placeholder,
    'your answer, in your own words'): `tools/notebook_pictures.py NN` takes it again."""
    import json
    import shutil

    import notebook_pictures

    monkeypatch.chdir(tmp_path)
    workspace = tmp_path / "my_workspace.json"
    shutil.copyfile(ROOT / "data" / "personas" / f"{notebook_pictures.persona()}.json",
                    workspace)
    kept = json.loads(notebook_pictures.LABELS.read_text(encoding="utf-8"))
    number = path.name[:2]
    now = notebook_pictures.view_labels(number, workspace)
    assert kept.get(number) == now, (
        f"{number}.png shows controls the kit no longer shows, or misses new ones: take it "
        f"again with `.venv/bin/python tools/notebook_pictures.py {number}`; "
        f"only in the picture: {sorted(set(kept.get(number, [])) - set(now))}, "
        f"only in the view now: {sorted(set(now) - set(kept.get(number, [])))}")
