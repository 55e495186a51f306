"""Practice mode in notebook 05: say the answer aloud against a visible timer, see the pace,
and read the follow-up questions an interviewer would ask about this answer.

``PracticePanel`` is the practice part of the answer studio (``widgets/answer.py`` puts it under
the answer check and tells it the answer and its role with ``show``). The logic is
``workshop.practice``; this module only shows it.

The timer runs in the browser. ``PracticeTimer`` is a small anywidget (like the controls of
``accessible.py``): a Start button, an "I have finished" button, a native ``<progress>`` bar
with its name and a readout ("12 of 60 seconds", ``role="timer"``, which screen readers do not
read out every second). The page counts the seconds itself; it sends the kernel one message when
the timer starts and one when it stops (the seconds taken), never a message a second.
ipywidgets' ``Play`` jslinked to an ``IntProgress`` was the first idea, and was measured: its
frontend saves its value to the kernel at every step (one message a second at a one-second
step), and its three buttons are icons with no accessible name (axe-core: ``button-name``,
critical).
"""

from __future__ import annotations

import html
import re

import anywidget
import ipywidgets as w
import traitlets as t

from ..check import count_words, speaking_seconds
from ..model import Workspace
from ..practice import TIMERS, pace, timer_fit
from .memo import follow_ups_of
from .messages import Message, esc
from .testing import Driver

__all__ = ["PracticePanel", "PracticeTimer", "PracticeDriver", "FINISH_LABEL"]

FINISH_LABEL = "I have finished"

_TIMER_ESM = """
function render({ model, el }) {
  el.classList.add("widget-inline-hbox", "workshop-timer");
  el.style.flexWrap = "wrap";
  el.style.alignItems = "center";
  el.style.gap = "6px";
  const start = document.createElement("button");
  start.type = "button";
  start.className = "jupyter-button mod-primary workshop-timer-start";
  const finish = document.createElement("button");
  finish.type = "button";
  finish.className = "jupyter-button workshop-timer-finish";
  finish.textContent = model.get("finish_label");
  const bar = document.createElement("progress");
  bar.className = "workshop-timer-bar";
  bar.style.width = "220px";
  bar.style.height = "18px";
  bar.style.margin = "0 8px";
  bar.setAttribute("aria-label", "Time used");
  const readout = document.createElement("span");
  readout.className = "workshop-timer-readout";
  readout.setAttribute("role", "timer");
  readout.style.minWidth = "11em";
  el.append(start, finish, bar, readout);
  let timer = null;
  let began = 0;
  const total = () => model.get("seconds");
  function show(used, up) {
    bar.max = total();
    bar.value = Math.min(used, total());
    const n = Math.floor(Math.min(used, total()));
    readout.textContent = up ? `Time is up: ${total()} of ${total()} seconds`
                             : `${n} of ${total()} seconds`;
  }
  function update() {
    const running = model.get("running") && timer !== null;
    start.textContent = running ? "Running..." : `Start the ${total()}-second timer`;
    start.disabled = model.get("disabled") || running;
    finish.disabled = !running;
    if (!running) show(model.get("elapsed"), model.get("time_up"));
  }
  function stop(up) {
    if (timer === null) return;
    window.clearInterval(timer);
    timer = null;
    const used = Math.min((performance.now() - began) / 1000, total());
    model.set("elapsed", Math.round(used * 10) / 10);
    model.set("time_up", up);
    model.set("running", false);
    model.set("stops", model.get("stops") + 1);
    model.save_changes();
    update();
    start.focus();
  }
  start.addEventListener("click", () => {
    if (timer !== null || model.get("disabled")) return;
    began = performance.now();
    model.set("running", true);
    model.set("time_up", false);
    model.save_changes();
    timer = window.setInterval(() => {
      const used = (performance.now() - began) / 1000;
      if (used >= total()) stop(true); else show(used, false);
    }, 200);
    show(0, false);
    update();
    finish.focus();
  });
  finish.addEventListener("click", () => stop(false));
  for (const name of ["seconds", "disabled", "elapsed", "time_up", "finish_label"]) {
    model.on("change:" + name, () => { finish.textContent = model.get("finish_label"); update(); });
  }
  update();
  return () => { if (timer !== null) window.clearInterval(timer); };
}
export default { render };
"""


class PracticeTimer(anywidget.AnyWidget):
    """A timer the browser runs: ``seconds`` long; when it stops, ``elapsed`` holds the seconds
    taken, ``time_up`` whether it ran out, and ``stops`` counts up by one (observe it)."""

    _esm = _TIMER_ESM
    seconds = t.Int(60).tag(sync=True)
    elapsed = t.Float(0.0).tag(sync=True)
    time_up = t.Bool(False).tag(sync=True)
    running = t.Bool(False).tag(sync=True)
    stops = t.Int(0).tag(sync=True)
    disabled = t.Bool(False).tag(sync=True)
    finish_label = t.Unicode(FINISH_LABEL).tag(sync=True)


def _timer_options() -> list[tuple[str, int]]:
    return [(f"{s} seconds", s) for s in TIMERS]


class PracticePanel(w.VBox):
    """The timer, the pace and the follow-up questions for the answer in the studio's box."""

    def __init__(self) -> None:
        self._text = ""
        self._practised, self._practised_words = "", 0  # the text the pace shown is about
        self._pace_said = ""  # what the last practice's pace said
        self._picked = False  # the participant chose a timer (it then stays theirs)
        self._suggested = 60  # the timer the panel picked for the answer, while not theirs
        self._length = w.Dropdown(description="Timer:", options=_timer_options(), value=60,
                                  style={"description_width": "50px"},
                                  layout=w.Layout(width="auto", max_width="220px"))
        self._length.observe(self._on_length, names="value")
        self.timer = PracticeTimer(seconds=60)
        self.timer.observe(self._on_stop, names="stops")
        self._fit = w.HTML()
        self._pace = Message()
        self._questions = w.HTML()
        super().__init__([
            w.HTML("<h4 style='margin-bottom:2px'>Practise saying it aloud</h4>"
                   "<p style='margin-top:0'>Pick a timer, press Start and say your answer out "
                   "loud, without reading it if you can. Press <b>I have finished</b> when you "
                   "end: you see your pace. Then answer the questions below aloud, as you would "
                   "to the interviewer. Nothing is recorded or sent anywhere.</p>"),
            self._length,
            self._fit,
            self.timer,
            self._pace,
            self._questions,
        ], layout=w.Layout(max_width="800px"))
        self.driver = PracticeDriver(self)

    # public surface ----------------------------------------------------------------------------

    @property
    def seconds(self) -> int:
        """The timer's length picked, in seconds."""
        return self._length.value

    def show(self, workspace: Workspace, role_id: str | None, text: str) -> None:
        """Follow the answer ``text`` about ``role_id``: the fit to the timer and the questions."""
        self._text = text
        if self._pace.text and text.strip() != self._practised.strip():
            self._pace.show(f"Your last practice was of an earlier text ({self._practised_words} "
                            f"words), not the one in the box now: {self._pace_said} Start the "
                            "timer again to see your pace with this one.", "info")
            self._practised = text
        if not self._picked and text.strip():
            said = speaking_seconds(text)
            fits = [s for s in TIMERS if s >= said]
            self._suggested = fits[0] if fits else TIMERS[-1]
            self._length.value = self._suggested
        self.timer.seconds = self._length.value
        self.timer.disabled = not text.strip()
        self._fit.value = f"<p style='margin:2px 0'>{esc(timer_fit(text, self._length.value))}</p>"
        questions = follow_ups_of(workspace, role_id, text) if text.strip() else []
        if not questions:
            self._questions.value = ""
            return
        items = "".join(f"<li>{esc(q.text)} <small style='color:#444'>({esc(q.about)})</small>"
                        "</li>" for q in questions)
        self._questions.value = (
            "<div class='workshop-follow-ups'><p style='margin:6px 0 2px'><b>What an "
            "interviewer may ask next</b>, from what this answer tells. Have a true, short "
            f"answer ready for each:</p><ol style='margin-top:2px'>{items}</ol></div>")

    # callbacks ---------------------------------------------------------------------------------

    def _on_length(self, change) -> None:
        if not self._picked and change["new"] == self._suggested:
            return  # the panel's own suggestion (a participant's pick differs from the shown)
        self._picked = True
        self.timer.seconds = change["new"]
        self.timer.elapsed, self.timer.time_up = 0.0, False
        self._fit.value = (f"<p style='margin:2px 0'>"
                           f"{esc(timer_fit(self._text, change['new']))}</p>")

    def _on_stop(self, _change) -> None:
        timer = self.timer
        self._practised, self._practised_words = self._text, count_words(self._text)
        if timer.time_up:
            words = count_words(self._text)
            self._pace.show(f"Time is up: {timer.seconds} seconds. If you had not finished, "
                            f"your answer is too long for {timer.seconds} seconds at your pace: "
                            f"say it shorter, or pick a longer timer ({words} words in the box).",
                            "warning")
            self._pace_said = self._pace.text
            return
        result = pace(self._text, timer.elapsed)
        kind = {"good": "ok", "": "info"}.get(result.verdict, "warning")
        self._pace.show(result.message, kind)
        self._pace_said = self._pace.text


class PracticeDriver(Driver):
    """Drive a ``PracticePanel`` as a participant does: ``pick("Timer:", "90 seconds")``,
    ``say(seconds)`` (Start, speak, "I have finished" after ``seconds``; what the browser sends
    the kernel), ``run_out()`` (the timer reaches its end); read ``pace``, ``fit`` and
    ``questions`` (the follow-up questions as shown, HTML unescaped)."""

    def __init__(self, panel: PracticePanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def say(self, seconds: float) -> None:
        timer = self.panel.timer
        if timer.disabled:
            raise AssertionError("the timer is off: the answer box is empty")
        timer.running = True
        timer.elapsed, timer.time_up, timer.running = float(seconds), False, False
        timer.stops += 1

    def run_out(self) -> None:
        timer = self.panel.timer
        timer.elapsed, timer.time_up, timer.running = float(timer.seconds), True, False
        timer.stops += 1

    @property
    def pace(self) -> str:
        return self.panel._pace.text

    @property
    def fit(self) -> str:
        return html.unescape(re.sub(r"<[^>]+>", "", self.panel._fit.value))

    @property
    def questions(self) -> list[str]:
        items = re.findall(r"<li>(.*?) <small", self.panel._questions.value, re.S)
        return [html.unescape(x) for x in items]
