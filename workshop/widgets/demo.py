"""The facilitator demo: the whole flow on a sample persona, in one page.

A facilitator picks a sample persona; the page shows who it is and the job they want, the
ranking (charts, table, explanation and the weights explorer of notebook 04), and the drafted
answer with its check (editable: the check follows the text). It is the app ``workshop demo``
serves with Voila, and it works the same in JupyterLab.

Each persona is loaded into a temporary workspace in a folder of its own, never into the
participant's workspace file, and the demo has no share button: showing the demo can't change
anyone's data or the class results.

``demo_app()`` builds it; the notebook displays it.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import ipywidgets as w

from ..check import check_answer
from ..check_render import check_html
from ..errors import NotFoundError
from ..resources import persona_label, persona_paths
from ..scoring import enjoyment_trap, rank
from ..session import Session
from ..store import read_workspace
from ._base import role_name
from .messages import Message, detach_log_file, esc, guarded
from .strongest import StrongestRoleView
from .testing import Driver

__all__ = ["DemoApp", "DemoDriver", "demo_app", "DEFAULT_PERSONA"]

log = logging.getLogger(__name__)
DEFAULT_PERSONA = "enjoyed_trap"  # the one whose favourite job is not the strongest answer
WORKSPACE_NAME = "demo_workspace.json"


ANSWER_TIP = "Their answer: edit it to see the check change"


def _count(n: int, noun: str) -> str:
    """"1 job", "4 jobs": a count with its noun, never "job(s)"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _and(items: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


class DemoApp(w.VBox):
    """One page: persona picker, who they are, the ranking view, the drafted and checked answer.

    The personas are loaded into a temporary workspace (``path``), never the participant's file.
    """

    def __init__(self, persona: str | None = None, *, folder: str | Path | None = None) -> None:
        super().__init__(layout=w.Layout(max_width="820px"))  # first: a refused persona below
        self._session: Session | None = None  # must leave a widget that closes cleanly
        self._personas = persona_paths()
        if not self._personas:
            raise NotFoundError("there are no sample personas in the kit's data folder.")
        if persona is None:
            persona = DEFAULT_PERSONA if DEFAULT_PERSONA in self._personas \
                else next(iter(self._personas))
        if persona not in self._personas:
            raise NotFoundError(f"there is no sample persona '{persona}'; there are: "
                                f"{', '.join(self._personas)}.")
        self._tmp = None
        if folder is None:  # removed when the app is closed (or at exit)
            self._tmp = tempfile.TemporaryDirectory(prefix="workshop-demo-",
                                                    ignore_cleanup_errors=True)
            folder = self._tmp.name
        self._folder = Path(folder)
        self._name = persona

        self._session = Session.open(self._folder / WORKSPACE_NAME)
        self._session.replace(read_workspace(self._personas[persona]), f"load {persona}")

        self._message = Message()
        self._picker = w.Dropdown(
            options=[(persona_label(n, p), n) for n, p in self._personas.items()],
            value=persona, description="Sample person:", style={"description_width": "110px"},
            layout=w.Layout(width="95%", max_width="460px"))
        self._picker.observe(self._on_pick, names="value")
        self._who = w.HTML()
        # a facilitator shows it: a matplotlib picture, as every figure shown to a class
        self._view = StrongestRoleView(self._session, live=False)
        self._answer_heading = w.HTML()
        self._answer = w.Textarea(value="", rows=12, continuous_update=False,
                                  tooltip=ANSWER_TIP,
                                  layout=w.Layout(width="95%", max_width="760px"))
        self._answer.observe(self._on_text, names="value")
        self._check = w.HTML()

        # The notebook's Markdown above the app is its one introduction (the app has none of its
        # own); the ranking view is notebook 04's, as a participant sees it, so it is titled so.
        self._view_heading = w.HTML()
        self.children = [
            self._picker,
            self._message,
            self._who,
            self._view_heading,
            self._view,
            self._answer_heading,
            self._answer,
            self._check,
        ]
        self._session.observe(self._on_session_change)
        self._on_session_change(self._session)
        self.driver = DemoDriver(self)

    # public surface ----------------------------------------------------------------------------

    @property
    def persona(self) -> str:
        """The persona shown (its file name without ``.json``)."""
        return self._name

    @property
    def path(self) -> Path:
        """The temporary workspace file the persona is loaded into."""
        return self._session.path

    @property
    def session(self) -> Session:
        return self._session

    @property
    def answer_text(self) -> str:
        return self._answer.value

    def close(self) -> None:
        """Close the app and its views, and remove its temporary workspace."""
        if self._session is not None:
            self._session.unobserve(self._on_session_change)
            self._view.close()
        if getattr(self, "_tmp", None) is not None:
            detach_log_file(self._tmp.name)
            self._tmp.cleanup()
        super().close()

    def __repr__(self) -> str:
        label = dict((v, k) for k, v in self._picker.options).get(self._name, self._name)
        ranking = rank(self._session.workspace)
        top = ranking.strongest
        strongest = (f"strongest: {role_name(top.role)}, score {top.score:.1f}" if top
                     else "no role ranked")
        check = check_answer(self._answer.value, self._session.workspace.target_role.goals)
        done = sum(1 for f in check.findings if f.ok)
        return (f"DemoApp: {label}; {len(ranking.ranked)} ranked, {strongest}; answer "
                f"{check.words} words, check {done} of {len(check.findings)} done")

    # showing -----------------------------------------------------------------------------------

    def _show_who(self) -> None:
        ws = self._session.workspace
        who = ws.participant.get("name") if isinstance(ws.participant, dict) else None
        who = who if isinstance(who, str) and who.strip() else "This person"
        target = ws.target_role
        goals = "".join(f"<li>{esc(g)}</li>" for g in target.goals)
        trap = enjoyment_trap(rank(ws))
        fav = ""
        if trap.top is not None:
            # each job in bold on its own, so "Title, Organisation" never reads as two jobs
            jobs = [f"<b>{esc(role_name(s.role))}</b>" for s in trap.favourites]
            names = _and(jobs)
            if len(jobs) > 1:
                names = f"{_count(len(jobs), 'job')}: {names}"
            if trap.strongest_is_favourite is None:
                verdict = ""
            elif trap.strongest_is_favourite:
                verdict = " Their strongest answer is one of the jobs they enjoyed most."
            else:
                verdict = (" <b>Not</b> their strongest answer: the job they liked best and the "
                           "job that makes the best answer are different.")
            fav = (f"<p style='margin:2px 0'>Enjoyed most ({trap.top}/5): {names}."
                   f"{verdict}</p>")
        self._who.value = (
            f"<p style='margin:6px 0 2px'><b>{esc(who)}</b> has had {_count(len(ws.roles), 'job')}"
            f" and is applying to be <b>{esc(target.title or 'not named yet')}</b>. The hiring "
            "manager's goals:</p>"
            f"<ul style='margin-top:0'>{goals or '<li>none given</li>'}</ul>{fav}")
        self._view_heading.value = (
            f"<h3 style='margin-bottom:2px'>{esc(who)}'s ranking, as notebook 04 shows it</h3>"
            "<p style='margin-top:0'>What a participant sees after rating their jobs: it speaks "
            "to them (\"your strongest role\").</p>")

    def _answer_for_now(self) -> tuple[str, str | None, str]:
        """(text, role id, where it came from) for the answer box."""
        from ..answer_choice import answer_for

        choice = answer_for(self._session.workspace)
        said = {"participant": "their own words", "draft": "drafted by the kit from their "
                "entries", "none": "nothing yet"}[choice.source]
        return choice.text, choice.role_id, said

    def _show_answer(self) -> None:
        text, role_id, source = self._answer_for_now()
        ws = self._session.workspace
        about = role_name(ws.role(role_id)) if role_id else "no role"
        self._answer_heading.value = (
            "<h3 style='margin-bottom:4px'>Their answer</h3>"
            f"<p style='margin-top:0'>About <b>{esc(about)}</b>, {esc(source)}. Edit it to see "
            "the check change (edits stay in this demo).</p>")
        if self._answer.value != text:
            self._answer.value = text  # the box's one observer shows its check
        else:
            self._show_check()  # the same text, perhaps other goals

    def _show_check(self) -> None:
        check = check_answer(self._answer.value, self._session.workspace.target_role.goals)
        self._check.value = check_html(check, "Check of the answer", "workshop-demo-check")

    # callbacks ---------------------------------------------------------------------------------

    @guarded("_message")
    def _on_session_change(self, _session: Session) -> None:
        self._show_who()
        self._show_answer()

    @guarded("_message")
    def _on_pick(self, change) -> None:
        name = change["new"]
        if name is None or name == self._name:
            return
        workspace = read_workspace(self._personas[name])  # a bad file: message, old one stays
        self._name = name
        self._message.clear()
        self._session.replace(workspace, f"load {name}")

    @guarded("_message")
    def _on_text(self, _change) -> None:
        self._show_check()


_latest: list[DemoApp] = []  # the app this kernel built last


def demo_app(persona: str | None = None) -> DemoApp:
    """The facilitator demo on ``persona`` (default: the enjoyment-trap persona).

    Running the cell again closes the app built before (and removes its temporary workspace).
    """
    app = DemoApp(persona)
    while _latest:
        earlier = _latest.pop()
        try:
            earlier.close()
        except Exception:  # an old app that fails to close must not stop the new one
            log.exception("closing an earlier demo app failed")
    _latest.append(app)
    return app


class DemoDriver(Driver):
    """Drive a ``DemoApp`` as a facilitator does: ``pick("Sample person:", label)`` or
    ``show(persona)`` to change the person, ``write(text)`` in their answer box; read ``who``
    (the HTML about the person), the ``answer_heading`` and the ``check`` (HTML), and the
    ranking view's own driver (``ranking``)."""

    def __init__(self, app: DemoApp) -> None:
        super().__init__(app)
        self.app = app

    def show(self, persona: str) -> None:
        """Pick the sample person whose file is ``persona`` ("career_changer")."""
        self.control("Sample person:").value = persona

    def write(self, text: str) -> None:
        self.type(ANSWER_TIP, text)

    @property
    def answer(self) -> str:
        return self.value(ANSWER_TIP)

    @property
    def ranking(self):
        """The ``StrongestDriver`` of the ranking view on the page."""
        return self.app._view.driver

    @property
    def who(self) -> str:
        return self.app._who.value

    @property
    def answer_heading(self) -> str:
        return self.app._answer_heading.value

    @property
    def check(self) -> str:
        """The HTML of the check of the answer."""
        return self.app._check.value
