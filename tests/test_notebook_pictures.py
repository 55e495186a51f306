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
    """The title cell ends with ![what it shows](images/NN.png) and a line saying it is an
    invented sample person, not the participant's workspace; the file is a PNG of a reasonable
    size, and its text alternative names the notebook and the sample persona."""
    nb = nbformat.read(path, as_version=4)
    first = next(c for c in nb.cells if c.cell_type == "markdown")
    match = re.search(r"!\[([^\]]+)\]\((images/\d\d\.png)\)\s*\*A picture of this notebook "
                      r"on an invented sample person, not your workspace[^*]*\*\s*$",
                      first.source)
    assert match, f"{path.name}: no picture under the title, or no line saying whose it is"
    alt, src = match.groups()
    assert alt.startswith(f"Notebook {path.name[:2]} on a sample persona: ")
    picture = path.parent / src
    data = picture.read_bytes()
    assert data.startswith(b"\x89PNG") and 5_000 < len(data) < 300_000


def test_the_participants_copy_carries_the_pictures(tmp_path):
    """`workshop lab`'s copy of the notebooks brings the pictures, so they show there too."""
    result = kitfiles.copy_notebooks(tmp_path / "mine")
    for path in NOTEBOOKS:
        assert (tmp_path / "mine" / "images" / f"{path.name[:2]}.png").is_file()
    assert sorted(n for n in result.copied if n.startswith("images")) == \
        sorted(f"images/{p.name[:2]}.png" for p in NOTEBOOKS)
