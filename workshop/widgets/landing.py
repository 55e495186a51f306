"""Where a participant lands when a notebook's view appears, and what stops showing then.

- **Landing after Run All.** JupyterLab's "Run All" (and Shift + Enter on the view's cell)
  leaves the notebook scrolled to the last cell, below a tall view: the participant saw the end
  of the page, not the first thing to do. ``Landing``, a child of every view
  (``SessionView``), brings the top of its view into sight once, after the notebook's cells
  have finished running, and only if the view's top is above the visible part of the notebook
  (a participant reading above it, or already scrolled back, is left where they are). It
  scrolls and nothing else: the keyboard focus stays where JupyterLab put it, so a screen
  reader is not moved. It does nothing outside JupyterLab's notebook (Voila's page, the
  facilitator demo, starts at its top) and in a view inside another view; a view drawn again
  (another tab, a page reload) does not land again.
- **The sample picture stops showing** (``PICTURE_CSS``). Each participant notebook's title
  shows a picture of itself on an invented sample person (``tools/build_notebooks.py``), so it
  can be judged before anything runs. Once the participant's own view of the notebook is live
  on the page, that picture (the sample person's role and answer, in an older look of the kit)
  and its caption (the line before it) are hidden, and they show again only if the view stops
  (the kernel restarted): the page then shows the participant's own workspace or nothing.
"""

from __future__ import annotations

import anywidget
import traitlets as t

__all__ = ["Landing", "PICTURE_CSS", "PICTURE_ALT"]

# The words every picture's text alternative holds ("Notebook 05 on a sample persona: ...";
# tools/build_notebooks.py writes them and tests/test_notebook_pictures.py checks them).
PICTURE_ALT = " on a sample persona: "
_LIVE = ".jp-Notebook:has(.workshop-view:not(.jupyter-widgets-disconnected))"
_PICTURE = f'.jp-RenderedMarkdown p:has(> img[alt*="{PICTURE_ALT}"])'
# the caption is the paragraph just before the picture (read first: s17's participant trial
# took the sample's "Your strongest answer" for their own when the caption came after it)
_CAPTION = f'.jp-RenderedMarkdown p:has(+ p > img[alt*="{PICTURE_ALT}"])'
PICTURE_CSS = f"<style>{_LIVE} {_PICTURE},{_LIVE} {_CAPTION}{{display:none}}</style>"

_LANDING_ESM = """
const RUNNING = '.jp-InputArea-prompt';
function running(notebook) {
  return [...notebook.querySelectorAll(RUNNING)].some(p => p.textContent.includes('*'));
}
export default {
  render({ model, el }) {
    el.setAttribute('aria-hidden', 'true');
    if (!model.get('land')) return;
    let tries = 0, quiet = 0, scroller = null;
    const moved = () => { tries = 1e9; };  // the participant scrolls, clicks or types
    const look = () => {
      const view = el.closest('.workshop-view');
      const notebook = el.closest('.jp-Notebook');
      if (tries++ > 200) return;  // 20 s: the run went on elsewhere, or the page is not Lab
      if (!el.isConnected || !view || !notebook) { setTimeout(look, 100); return; }
      if (!scroller) {
        scroller = el.closest('.jp-WindowedPanel-outer');
        if (!scroller || (view.parentElement && view.parentElement.closest('.workshop-view')))
          return;
        scroller.addEventListener('wheel', moved, { passive: true });
        scroller.addEventListener('keydown', moved, true);
        scroller.addEventListener('pointerdown', moved, true);
      }
      // the notebook's own scroll after Run All comes once its last cell has finished
      quiet = running(notebook) ? 0 : quiet + 1;
      if (quiet < 4) { setTimeout(look, 100); return; }
      scroller.removeEventListener('wheel', moved);
      scroller.removeEventListener('keydown', moved, true);
      scroller.removeEventListener('pointerdown', moved, true);
      model.set('land', false);
      model.save_changes();
      const top = view.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      if (top < 0 && !view.contains(document.activeElement))
        scroller.scrollTop += top - 8;
    };
    setTimeout(look, 100);
  }
};
"""


class Landing(anywidget.AnyWidget):
    """Brings its view's top into sight once, after the notebook's run (see the module
    docstring); ``land`` is True until it did (or saw that it need not)."""

    _esm = _LANDING_ESM
    land = t.Bool(True).tag(sync=True)
