"""What a participant sees when a notebook's view appears (``workshop/widgets/landing.py``):
JupyterLab in Debian's Chromium.

After "Run All" JupyterLab leaves the notebook at its last cell, below the view: the view's top
is brought into sight instead, without moving the keyboard focus into it. Before the cell runs,
the title shows the picture of the notebook on a sample person; once the participant's own view
is live, that picture and its caption are hidden.
"""

from __future__ import annotations

import pytest
from test_browser import BROWSER, STEP, _lab_ready, _run_all, page_of, serving, shot
from test_browser_keep import _lab

from workshop.widgets.landing import PICTURE_ALT

pytestmark = BROWSER

# the view's top, relative to the visible part of the notebook, and the picture's state
_WHERE = f"""() => {{
    const panel = window.jupyterapp.shell.currentWidget;
    const scroller = panel.node.querySelector('.jp-WindowedPanel-outer');
    const view = panel.node.querySelector('.workshop-view');
    const picture = panel.node.querySelector('img[alt*="{PICTURE_ALT}"]');
    const visible = el => !!el && el.getClientRects().length > 0;
    const caption = picture && picture.closest('p').previousElementSibling;
    return {{
        top: view ? view.getBoundingClientRect().top - scroller.getBoundingClientRect().top
                  : null,
        height: scroller.clientHeight,
        scrolled: scroller.scrollTop,
        focusInView: !!view && view.contains(document.activeElement),
        picture: visible(picture),
        caption: visible(caption) ? caption.textContent : null,
    }};
}}"""


@pytest.mark.parametrize("notebook", ["05_draft_your_answer.ipynb", "02_rate_skill_growth.ipynb"])
def test_after_run_all_the_view_is_in_sight_and_the_sample_picture_is_gone(
        browser, tmp_path, notebook):
    root, _workspace, port, command, env, status = _lab(tmp_path, "career_changer")
    with serving(f"jupyterlab-landing-{notebook[:2]}", command, root, env, status), \
            page_of(browser, f"landing-{notebook[:2]}") as page:
        page.goto(f"http://127.0.0.1:{port}/lab/tree/{notebook}", wait_until="domcontentloaded",
                  timeout=STEP)
        _lab_ready(page, notebook)
        page.wait_for_function("alt => !!document.querySelector(`img[alt*=\"${alt}\"]`)",
                               arg=PICTURE_ALT, timeout=STEP)
        before = page.evaluate(_WHERE)
        assert before["picture"] and "sample person" in before["caption"], before
        _run_all(page)
        page.locator(".workshop-view").first.wait_for(state="visible", timeout=STEP)
        page.wait_for_function(f"() => {{ const w = ({_WHERE})(); return w.top !== null"
                               " && w.top >= 0 && w.top < w.height / 3; }", timeout=STEP,
                               polling=200)
        after = page.evaluate(_WHERE)
        shot(page, f"landing-{notebook[:2]}")
        assert after["scrolled"] > 0, after  # the page moved down to the view, not left at top
        assert not after["focusInView"], after  # the focus stays where JupyterLab put it
        assert not after["picture"] and after["caption"] is None, after
