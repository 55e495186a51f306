"""Make the picture each participant notebook shows in its Markdown: the notebook run on a sample
persona in a real JupyterLab, its main output photographed by headless Chromium.

    .venv/bin/python tools/notebook_pictures.py [00 01 ...]     # then tools/build_notebooks.py

Why: on GitHub or nbviewer the committed notebooks have no outputs (the kit strips them), so a
facilitator deciding whether to use the kit saw no interface. The pictures go to
``notebooks/images/NN.png``; ``tools/build_notebooks.py`` puts each under its notebook's title.
Everything runs on a copy of the sample persona ``NOTEBOOK_PERSONA`` (conftest.py) in a
temporary folder: never a participant's data. Needs Debian's chromium (``make test`` installs
it) and Playwright from the test extra.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from servers import free_port, jupyter_env, lab_command, serving  # noqa: E402

NOTEBOOKS = ROOT / "notebooks"
PICTURES = NOTEBOOKS / "images"
CHROMIUM = "/usr/bin/chromium"
WIDTH, MOST_HEIGHT = 1000, 2200  # CSS pixels: a longer output is cut between two sections
MARGIN = 8  # pixels of blank page kept under the picture's last line, so it ends in white
VIEWPORT = 3200  # taller than any picture: JupyterLab renders only what is on screen
WAIT = 120_000  # ms
# Buttons pressed before the picture, by notebook number: 05 shows a draft, not an empty box.
BEFORE = {"05": ("Draft from my entries",)}

_PANEL = ("[...window.jupyterapp.shell.widgets('main')]"
          ".find(x => x.context && x.context.path === name)")
_FINISHED = f"""name => {{
    const w = {_PANEL};
    const kernel = w && w.sessionContext.session && w.sessionContext.session.kernel;
    if (!kernel || kernel.status !== 'idle') return false;
    return w.content.widgets.filter(c => c.model.type === 'code')
        .every(c => c.model.executionCount !== null && c.model.executionState !== 'running');
}}"""


def persona() -> str:
    """The sample persona the golden notebooks run on (``NOTEBOOK_PERSONA`` of the kit's root
    ``conftest.py``, read by its path: under pytest another ``conftest`` holds the name)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("kit_root_conftest", ROOT / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.NOTEBOOK_PERSONA


def photograph(page, name: str, out: Path) -> None:
    """Open ``name``, run all its cells, and save its widget's output (the first output holding
    a widget) as ``out``."""
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.commands"
                           ".hasCommand('docmanager:open')", timeout=WAIT)
    page.evaluate("name => window.jupyterapp.commands.execute('docmanager:open', "
                  "{path: name, factory: 'Notebook'}).then(() => null)", name)
    page.wait_for_function(f"name => {{ const w = {_PANEL}; return w && w.sessionContext"
                           f".session && w.sessionContext.session.kernel && w.sessionContext"
                           f".session.kernel.status === 'idle'; }}", arg=name, timeout=WAIT)
    page.evaluate(f"name => {{ const w = {_PANEL}; window.jupyterapp.shell.activateById(w.id);"
                  f" window.jupyterapp.commands.execute('notebook:run-all-cells'); }}", name)
    page.wait_for_function(_FINISHED, arg=name, timeout=WAIT, polling=200)
    page.wait_for_timeout(2500)  # the widgets' views render after the kernel is idle
    for button in BEFORE.get(name[:2], ()):  # what a participant clicks first, to show a result
        page.get_by_role("button", name=button).first.click()
        page.wait_for_function(_FINISHED, arg=name, timeout=WAIT, polling=200)
        page.wait_for_timeout(1500)
    output = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output"
                          ":has(.jupyter-widgets)").first
    page.add_style_tag(content=_PHOTO_CSS)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    output.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    box = output.bounding_box()
    width = min(box["width"], WIDTH)
    height = output.evaluate(_BLANK_BAND, [width, MOST_HEIGHT, MARGIN])
    clip = {"x": box["x"], "y": box["y"], "width": width, "height": height}
    page.screenshot(path=str(out), clip=clip)
    stamp(out)
    _fewer_colours(out)


# The picture's height, from the top of the output ``el``: the whole output and a blank band
# under it, or, when that is taller than ``most``, the lowest blank band above ``most`` (a
# gap between two sections): a band of ``margin`` pixels that no drawn thing of the notebook
# (text, a box, a control, a picture) enters, so the picture never ends mid-line.
_BLANK_BAND = """(el, [width, most, margin]) => {
    const top = el.getBoundingClientRect().top, left = el.getBoundingClientRect().left;
    const drawn = [];
    for (const n of el.querySelectorAll('*')) {
        const r = n.getBoundingClientRect();
        if (!r.height || !r.width || r.right < left || r.left > left + width) continue;
        const style = getComputedStyle(n);
        const leaf = !n.children.length || ['IMG', 'svg', 'INPUT', 'TEXTAREA', 'SELECT',
            'BUTTON', 'CANVAS'].includes(n.tagName);
        const boxed = style.borderTopWidth !== '0px' || style.borderBottomWidth !== '0px'
            || (style.backgroundColor !== 'rgba(0, 0, 0, 0)'
                && style.backgroundColor !== 'rgb(255, 255, 255)');
        if ((leaf || boxed) && style.visibility !== 'hidden')
            drawn.push([r.top - top, r.bottom - top]);
    }
    const clear = y => drawn.every(([a, b]) => b <= y || a >= y + margin);
    const full = Math.floor(el.getBoundingClientRect().height);
    if (full <= most && clear(full - margin)) return full;
    const ends = [...new Set(drawn.map(([, b]) => Math.ceil(b)))]
        .filter(y => y <= Math.min(most, full) - margin).sort((a, b) => b - a);
    for (const y of ends) if (clear(y)) return y + margin;
    throw new Error('no blank band to end the picture at');
}"""
# While photographing: a blank band under every output (so the whole view ends in white), and
# no cell outline or focus ring of JupyterLab's own across the picture.
_PHOTO_CSS = f"""
.jp-OutputArea-output {{ padding-bottom: {MARGIN}px !important; }}
.jp-Cell, .jp-Cell * {{ outline: none !important; }}
"""


# Over every picture: a band that says what it is, and the picture's controls washed grey, so
# that nobody takes the sample person's view for a live one (participant trial s23: after a
# reload, before the cells ran again, the pictures of 01 and 02 read as forms to type in).
STAMP_WORDS = ("PICTURE of an invented sample person, not live: your own view opens when you "
               "run the cell further down")
STAMP_BAND = (60, 60, 60)  # the band's colour, its words in white
STAMP_HEIGHT = 30  # pixels
STAMP_WASH = 0.25  # how much of a light grey goes over the picture


def stamp(path: Path) -> None:
    """Put the band ``STAMP_WORDS`` above the picture at ``path`` and wash it grey."""
    from PIL import Image, ImageDraw, ImageFont

    with Image.open(path) as im:
        picture = im.convert("RGB")
    grey = Image.new("RGB", picture.size, (225, 225, 225))
    picture = Image.blend(picture, grey, STAMP_WASH)
    out = Image.new("RGB", (picture.width, picture.height + STAMP_HEIGHT), STAMP_BAND)
    out.paste(picture, (0, STAMP_HEIGHT))
    draw = ImageDraw.Draw(out)
    size = 15
    font = ImageFont.load_default(size=size)
    while size > 9 and draw.textlength(STAMP_WORDS, font=font) > picture.width - 16:
        size -= 1
        font = ImageFont.load_default(size=size)
    draw.text((8, (STAMP_HEIGHT - size) // 2 - 1), STAMP_WORDS, fill=(255, 255, 255), font=font)
    out.save(path)


def is_stamped(path: Path) -> bool:
    """Whether the picture at ``path`` starts with the band of ``stamp``."""
    from PIL import Image

    with Image.open(path) as im:
        rgb = im.convert("RGB")
    return all(rgb.getpixel((x, 2)) == STAMP_BAND for x in range(0, rgb.width, 7))


def _fewer_colours(path: Path) -> None:
    """Keep the picture small in the repository: at most 256 colours (a screenshot of widgets
    holds few), no visible change."""
    from PIL import Image

    with Image.open(path) as im:
        small = im.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=0)
    small.save(path, optimize=True)


# The words of the controls each picture shows, as they were when it was taken: a picture whose
# words the kit no longer shows (a placeholder reworded, a button renamed) is out of date, and
# tests/test_notebook_pictures.py says to take it again.
LABELS = Path(__file__).with_name("notebook_pictures.json")


def _shown(widget) -> bool:
    layout = getattr(widget, "layout", None)
    return getattr(layout, "display", None) != "none" and \
        getattr(layout, "visibility", None) != "hidden"


def view_labels(number: str, workspace: Path) -> list[str]:
    """The words of the controls notebook ``number``'s view shows on ``workspace`` (a copy of
    the sample persona), built without a browser as its first code cell builds it, after the
    buttons of ``BEFORE``: every shown box's placeholder and button's label, sorted."""
    import os

    import ipywidgets as w
    import nbformat

    from workshop.session import open_session

    path = next(NOTEBOOKS.glob(f"{number}_*.ipynb"))
    code = next(c.source for c in nbformat.read(path, as_version=4).cells
                if c.cell_type == "code")
    *setup, last = code.strip().splitlines()
    before = os.environ.get("WORKSHOP_WORKSPACE")
    os.environ["WORKSHOP_WORKSPACE"] = str(workspace)
    try:
        open_session(workspace, fresh=True)
        names: dict = {}
        exec("\n".join(setup), names)  # the notebook's own import line(s)
        view = eval(last, names)
        try:
            for label in BEFORE.get(number, ()):
                view.driver.press(label)
            found, stack = set(), [view]
            while stack:
                widget = stack.pop()
                if not _shown(widget):
                    continue
                stack.extend(getattr(widget, "children", ()) or ())
                placeholder = getattr(widget, "placeholder", None) or ""
                if any(ch.isalnum() for ch in placeholder):
                    found.add(f"box: {placeholder}")
                if isinstance(widget, w.Button) and widget.description:
                    found.add(f"button: {widget.description}")
            return sorted(found)
        finally:
            view.driver.watch.stop()
    finally:
        if before is None:
            os.environ.pop("WORKSHOP_WORKSPACE", None)
        else:
            os.environ["WORKSHOP_WORKSPACE"] = before


def record_labels(numbers: list[str], workspace_of) -> None:
    """Keep in ``LABELS`` the words of the controls of the pictures just taken."""
    import json

    kept = json.loads(LABELS.read_text(encoding="utf-8")) if LABELS.exists() else {}
    for number in numbers:
        kept[number] = view_labels(number, workspace_of(number))
    LABELS.write_text(json.dumps(kept, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                      encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="notebook numbers (default: 00 to 05)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    names = sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")
                   if not args.only or p.name[:2] in args.only)
    PICTURES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="workshop-pictures-") as tmp:
        tmp = Path(tmp)
        folder = tmp / "notebooks"
        folder.mkdir()
        for name in names:
            shutil.copyfile(NOTEBOOKS / name, folder / name)
        workspace = folder / "my_workspace.json"
        shutil.copyfile(ROOT / "data" / "personas" / f"{persona()}.json", workspace)
        port = free_port()
        env = jupyter_env(tmp, workspace)
        with serving("JupyterLab", lab_command(port, folder), cwd=folder, env=env,
                     url=f"http://127.0.0.1:{port}/api/status", log=tmp / "lab.log"), \
                sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": VIEWPORT})
            page.goto(f"http://127.0.0.1:{port}/lab", timeout=WAIT)
            for name in names:
                out = PICTURES / f"{name[:2]}.png"
                photograph(page, name, out)
                print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KB)")
            browser.close()

    def fresh_copy(number: str) -> Path:
        target = Path(tempfile.mkdtemp(prefix="workshop-labels-")) / "my_workspace.json"
        shutil.copyfile(ROOT / "data" / "personas" / f"{persona()}.json", target)
        return target

    record_labels([name[:2] for name in names], fresh_copy)
    print(f"wrote {LABELS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
