"""Notebook 05's studio: draft the answer, edit it, check it, and take it home.

- the role the answer is about is said above the box (the saved choice, else the strongest
  role); picking another role in the list only shows that role's draft and its coach's
  questions: the answer stays about its role until the participant clicks "Answer about this
  role instead" (their own text is kept; an empty box or an untouched draft gets the new role's
  draft);
- "Draft from my entries" writes a draft built from that role's entries; if the box holds the
  participant's own text, a second click is needed before it is replaced;
- a coach's questions (``widgets/coach_rows.py``) ask for what the entries leave out as soon
  as 05 opens, draft or not, each with its own reply box; a reply is added to the entries (half
  a growth told is added to, a note replaced is quoted in the message and Undo brings it back),
  and the goals question lists the goals the check below finds no evidence for, its reply
  added to the end of the answer;
- the answer check under the box follows the text while the participant types (redrawn once
  typing pauses, see ``watch.Debounce``); the text is saved into the workspace after a longer
  pause and with the "Save" button, and kept beside it on every change until then
  (``widgets/answer_keep.py``), so a kernel restart or a closed tab loses no key;
- "Take it with you" (``widgets/take_home.py``): the answer card (Markdown and a printable
  HTML page, written beside the workspace file) and the workspace file, each made only when
  its button is pressed;
- practice mode (``widgets/practice.py``): a timer the browser runs, the pace, and the
  follow-up questions an interviewer would ask about this answer;
- "Share with the class (anonymised)" writes the anonymised export into the class folder;
- "Undo" takes back the last change; when the box holds text that is not saved, it asks first.

``answer_studio()`` builds it on the kernel's shared session; the notebook displays it.
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as w

from ..answer_choice import answer_role_id, is_untouched_draft
from ..check import AnswerCheck, count_words
from ..check_render import CHECK_TITLES, check_html, finding_title_text
from ..coach import goal_question, reply_said
from ..draft import (
    VERSIONS,
    Draft,
    Question,
    apply_reply,
    studio_note,
)
from ..edits import with_answer
from ..model import Workspace
from ..scoring import ScoredRole, rank
from ..session import REPLACED, Session, open_session
from ..share import class_folder
from ._base import Quiet, SessionView, replacing_earlier, role_name
from .answer_driver import AnswerDriver
from .answer_keep import BACK, KeptAnswer
from .coach_rows import QuestionList, forget_reply
from .controls import TwoClick, UndoButton
from .memo import check_of, draft_of, questions_of
from .messages import Message, esc, guarded
from .take_home import CARD_NAMES, TakeHome
from .watch import Debounce

__all__ = ["AnswerStudio", "AnswerDriver", "answer_studio", "CHECK_TITLES", "CARD_NAMES",
           "share_folder"]

_DRAFT_LABEL = "Draft from my entries"
# The drafts workshop.draft writes (VERSIONS), the full answer first.
LENGTHS = [(f"about {s} seconds: " + ("the full answer" if s == max(VERSIONS) else "a short one"),
            s) for s in sorted(VERSIONS, reverse=True)]
_CONFIRM_LABEL = "Yes, replace my text with a draft"
_SWITCH_LABEL = "Answer about this role instead"
_ANSWER_LABEL = "Your answer (what you would say):"
def share_folder(session: Session) -> Path:
    """Where the share button writes: the class folder of the session's workspace file."""
    return class_folder(session.path)


SAVE_PAUSE = 1.5  # seconds without a key before typed text is saved

class AnswerStudio(SessionView):
    """Draft, edit, check, download and share the answer; every change is saved at once."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._quiet = Quiet()  # True while the widget sets its own controls
        self._unsaved = False  # the box holds text that could not be saved (kept, never reset)
        self._last_draft: str | None = None
        self._about: str | None = None  # the role the answer is about, as last shown
        self._drafted: set[str] = set()  # roles whose draft was asked for here

        self._message = Message()
        self._role = w.Dropdown(description="The role:", options=[], value=None,
                                style={"description_width": "80px"},
                                layout=w.Layout(width="95%", max_width="560px"))
        self._role.observe(self._on_role, names="value")
        self._about_note = w.HTML()
        self._preview = w.HTML()
        self._switch = self._button(_SWITCH_LABEL, self._on_switch,
                                    "Make your answer about the role picked in the list",
                                    "primary")
        self._switch.layout.display = "none"
        self._draft = self._button(_DRAFT_LABEL, self._on_draft,
                                   "Write a first draft from what you entered for this role",
                                   "primary")
        self._confirm_draft = TwoClick(self._draft, _CONFIRM_LABEL)
        self._length = w.Dropdown(description="Length:", options=LENGTHS, value=max(VERSIONS),
                                  style={"description_width": "60px"},
                                  layout=w.Layout(width="auto", max_width="420px"))
        self._length.observe(self._on_length, names="value")
        self._text = w.Textarea(value="", continuous_update=True, rows=12,
                                description=_ANSWER_LABEL,
                                placeholder="Your answer. Click 'Draft from my entries' for a "
                                            "first draft, then make it your own.",
                                style={"description_width": "initial"},
                                layout=w.Layout(width="95%", max_width="760px",
                                                flex_flow="column"))
        self._text.observe(self._on_text, names="value")
        self._save = self._button("Save", self._on_save, "Save the answer now")
        self._undo = UndoButton(session)
        self._undo.on_click(self._on_undo)
        self._confirm_undo = TwoClick(self._undo, "Yes, undo and drop my unsaved text")
        self._check_soon = Debounce(self._show_feedback_guarded)
        self._save_soon = Debounce(self._save_typed, SAVE_PAUSE)
        self._feedback = w.HTML()
        self._questions = QuestionList(self._on_reply)
        from .share import SharePanel  # the share preview and button (widgets/share.py)

        self._share_panel = SharePanel(session, folder=lambda: share_folder(session),
                                       before_share=self._save_before_share)
        self._take_home = TakeHome(session, text=lambda: self._text.value,
                                   save=self._save_text, before=self._box_to_save,
                                   save_typed=self._save_pending,
                                   message=self._message)
        self._take_home.card_button.on_click(self._on_card)
        from .practice import PracticePanel  # practice mode (widgets/practice.py)

        self._practice = PracticePanel()

        rows = w.Layout(flex_flow="row wrap")
        super().__init__(session, [
            w.HTML("<h3 style='margin-bottom:4px'>Your answer</h3>"
                   "<p style='margin-top:0'>Draft from your entries, then edit the text in "
                   "your own words. The check follows as you type; the text is saved when you "
                   "pause and with <b>Save</b>. Pick another role in the list to look at its "
                   "draft: your answer stays about its role until you choose.</p>"),
            self._role,
            self._about_note,
            self._preview,
            w.HBox([self._draft, self._switch, self._length], layout=rows),
            self._questions,
            self._text,
            w.HBox([self._save, self._undo], layout=rows),
            self._message,
            self._feedback,
            self._practice,
            self._take_home,
            self._share_panel,
        ])
        self.driver = AnswerDriver(self)
        self._kept = KeptAnswer(session.path)
        back = self._kept.kept(session.workspace)  # typed and not saved: a restart, a reload
        self._guarded_refresh()  # a problem shows as a message
        if back is not None:  # put back and saved; a text refused stays, with the reason
            self._text.value = back
            self._save_typed()
            if not self.unsaved:
                self._message.show(BACK, "info")

    @staticmethod
    def _button(text: str, handler, tip: str, style_: str = "") -> w.Button:
        b = w.Button(description=text, tooltip=tip, button_style=style_,
                     layout=w.Layout(width="auto"))
        b.on_click(handler)
        return b

    # public surface ----------------------------------------------------------------------------

    @property
    def role_id(self) -> str | None:
        """The role the answer is about (said above the box)."""
        return self._about

    @property
    def looking_at(self) -> str | None:
        """The role picked in the list: its draft and questions are shown."""
        return self._role.value

    @property
    def practice(self):
        """The practice part (``workshop.widgets.practice.PracticePanel``)."""
        return self._practice

    @property
    def text(self) -> str:
        """The text in the answer box (saved or not)."""
        return self._text.value

    @property
    def check(self) -> AnswerCheck:
        """The answer check of the text in the box."""
        return check_of(self._text.value, self._session.workspace.target_role.goals)

    @property
    def share_panel(self):
        """The share preview and button (``workshop.widgets.share.SharePanel``)."""
        return self._share_panel

    @property
    def unsaved(self) -> bool:
        """True when the box holds text the workspace does not have yet."""
        return self._unsaved and self._text.value.strip() != \
            self._session.workspace.answer.text.strip()

    def close(self) -> None:
        self._check_soon.cancel()
        self._save_soon.flush()  # a pause not reached yet must not lose the last words
        self._share_panel.close()
        super().close()

    def __repr__(self) -> str:
        ws = self._session.workspace
        if not ws.roles:
            return "AnswerStudio: no roles yet"
        try:
            about = role_name(ws.role(self._about)) if self._about else "no role"
        except KeyError:
            about = "no role"
        if not self._text.value.strip():
            return f"AnswerStudio: answer about {about}; no text yet"
        check = self.check
        done = sum(1 for f in check.findings if f.ok)
        lines = [f"AnswerStudio: answer about {about}; {check.words} words, about "
                 f"{check.seconds} seconds; check {done} of {len(check.findings)} done",
                 self._text.value.strip()]
        lines += [f"{'done' if f.ok else 'to do'}: {title}. {text}" for f in check.findings
                  for title, text in [finding_title_text(f.code, f.message)]]
        return "\n".join(lines)

    # showing -----------------------------------------------------------------------------------

    def late_typing(self) -> bool:
        """A coach reply typed in an earlier view, which reached it late, fills its empty box."""
        self._questions.take_kept(self._session.path, self._role.value)
        return True

    def refresh(self, *, force_text: bool = False) -> None:
        ws = self._session.workspace
        strongest = rank(ws).strongest
        options = []
        for role in ws.roles:
            label = role_name(role)
            if strongest is not None and role.id == strongest.role.id:
                label += " (your strongest)"
            options.append((label, role.id))
        keep, was_about = self._role.value, self._about
        about = answer_role_id(ws)
        with self._quiet():
            self._role.options = options
            ids = [r.id for r in ws.roles]
            if keep in ids and keep != was_about:
                self._role.value = keep  # looking at another role: it stays in view
            else:
                self._role.value = about
            self._about = about
            if force_text or not self._unsaved:
                if self._text.value.strip() != ws.answer.text:
                    self._text.value = ws.answer.text
                self._unsaved = False
                self._kept.forget()  # the box shows what is saved
        if self._kept.revived() and self._unsaved:  # the replacement elsewhere was undone
            self._save_soon()
        elif self._unsaved and self._kept.stale:  # typed for a workspace replaced elsewhere
            notes = [n for n in self._session.take_notices() if n != REPLACED]
            self._message.show(" ".join([*notes, REPLACED]), "warning")
        has_roles = bool(ws.roles)
        self._role.disabled = not has_roles
        self._draft.disabled = not has_roles
        if self._confirm_undo.armed_for is None:
            self._undo.sync()
        self._show_feedback()
        self._show_about(ws, strongest)
        self._show_questions(ws)
        self._take_home.follow(ws)

    def _show_about(self, ws: Workspace, strongest: ScoredRole | None) -> None:
        """Which role the answer is about, and 04's ``strongest`` role where it is another (the
        ranking the caller made); the draft of another role picked in the list, with the button
        that makes the answer about it."""
        about, looking = self._about, self._role.value
        if about is None:
            self._about_note.value = ""
            self._preview.value = ""
            self._switch.layout.display = "none"
            self._draft.layout.display = None
            return
        about_name = esc(role_name(ws.role(about)))
        if looking is None or looking == about:
            self._about_note.value = (f"<p class='workshop-answer-about' style='margin:2px 0'>"
                                      f"Your answer is about <b>{about_name}</b>."
                                      f"{_not_strongest(strongest, about)}</p>")
            self._preview.value = ""
            self._switch.layout.display = "none"
            self._draft.layout.display = None
            return
        name = esc(role_name(ws.role(looking)))
        plan = draft_of(ws, looking, self._length.value)
        draft = (f"<blockquote class='workshop-draft-preview' style='margin:4px 0 4px 8px;"
                 f"padding:4px 8px;border-left:4px solid #666'>{esc(plan.text)}</blockquote>"
                 if plan.text else "<p><i>No draft yet: this role has no entries to draft "
                                   "from.</i></p>")
        self._about_note.value = (
            f"<p class='workshop-answer-about' style='margin:2px 0'>Your answer is still about "
            f"<b>{about_name}</b>. You are looking at the draft for <b>{name}</b> "
            f"(about {plan.seconds} seconds); to answer about it instead, click "
            f"<b>{_SWITCH_LABEL}</b>.</p>")
        self._preview.value = draft
        self._switch.tooltip = f"Make your answer about {role_name(ws.role(looking))}"
        self._switch.layout.display = None
        self._draft.layout.display = "none"

    def _questions_for(self, ws: Workspace, role_id: str | None) -> list[Question]:
        """The coach's questions for ``role_id``: those its entries raise (once drafted, the
        draft's, in its order: ``coach.ninety_questions``), then the goals the check finds no
        evidence for in the text it is about: the answer box for the answer's role (its reply
        goes into the answer), the draft shown for another role (its reply is a result in 03)."""
        questions = questions_of(ws, role_id)
        if role_id is not None and role_id in self._drafted:  # the draft's, in its order
            drafted = [q for q in draft_of(ws, role_id, self._length.value).questions
                       if q.code != "goal_evidence"]
            questions = drafted + [q for q in questions if q.key not in {d.key for d in drafted}]
        if role_id is None or not ws.target_role.goals:
            return questions
        if role_id == self._about:
            if self._text.value.strip():
                questions += goal_question(self.check, reply_here=True)
        else:
            plan = draft_of(ws, role_id, self._length.value)
            if plan.text:
                questions += goal_question(check_of(plan.text, ws.target_role.goals),
                                           reply_here=False)
        return questions

    def _show_questions(self, ws: Workspace) -> None:
        """The coach's questions for the picked role, shown as soon as 05 opens, each with a
        reply box (``coach_rows.QuestionList``)."""
        role_id = self._role.value
        other = role_id is not None and role_id != self._about
        self._questions.show(self._questions_for(ws, role_id), self._session.path, role_id,
                             {r.id for r in ws.roles},
                             role_name(ws.role(role_id)) if other else "")

    def _show_feedback(self) -> None:
        self._show_practice()
        if not self._text.value.strip():
            self._feedback.value = ("<p><i>The check of your answer appears here once the box "
                                    "holds a draft or your own text.</i></p>")
            return
        self._feedback.value = check_html(self.check, "Check of your answer",
                                          "workshop-answer-check")

    def _show_practice(self) -> None:
        self._practice.show(self._session.workspace, self._about, self._text.value)

    # saving ------------------------------------------------------------------------------------

    def _save_text(self) -> bool:
        """Save the box and the picked role into the workspace; False when nothing changed."""
        text, role_id = self._text.value, self._about
        if self._kept.stale:  # never saved into a workspace it was not typed for
            self._message.show(REPLACED, "warning")
            return False
        answer = self._session.workspace.answer
        if answer.text == text.strip() and answer.role_id == role_id:
            self._unsaved = False
            self._kept.forget()
            return False

        def edit(ws: Workspace) -> Workspace:
            return with_answer(ws, text, role_id)

        self._unsaved = True  # until the session has it: a refused text stays in the box
        self._session.change(edit, "edit the answer")  # its listeners refresh this widget
        self._unsaved = False
        self._kept.forget()
        return True

    def _is_draft(self, text: str) -> bool:
        """True when ``text`` is a draft the kit wrote (so replacing it loses nothing)."""
        text = text.strip()
        if self._last_draft is not None and text == self._last_draft.strip():
            return True
        return is_untouched_draft(self._session.workspace, text, self._about)

    def _cancel_confirm(self) -> None:
        self._confirm_draft.cancel()
        if self._confirm_undo.armed_for is not None:
            self._confirm_undo.cancel()
            self._undo.sync()
    # callbacks ---------------------------------------------------------------------------------

    @guarded("_message")
    def _show_feedback_guarded(self) -> None:
        self._show_feedback()
        self._show_questions(self._session.workspace)  # the goals asked of the text as typed

    @guarded("_message")
    def _save_typed(self) -> None:
        if self._unsaved and self._save_text():
            self._message.clear()

    @guarded("_message")
    def _on_role(self, change) -> None:
        if self._quiet or change["new"] is None:
            return
        self._cancel_confirm()
        self._message.clear()
        ws = self._session.workspace
        self._show_about(ws, rank(ws).strongest)
        self._show_questions(ws)

    @guarded("_message")
    def _on_length(self, _change) -> None:
        if self._role.value != self._about:  # another role's draft: 04's strongest is not said
            self._show_about(self._session.workspace, None)

    @guarded("_message")
    def _on_switch(self, _button=None) -> None:
        """Make the answer about the role looked at: its draft in an empty box or over an
        untouched draft; the participant's own text is kept."""
        self._cancel_confirm()
        role_id = self._role.value
        if role_id is None or role_id == self._about:
            return
        own = self._text.value.strip()
        name = role_name(self._session.workspace.role(role_id))
        if own and not self._is_draft(own):
            self._save_soon.cancel()

            def edit(ws: Workspace) -> Workspace:
                return with_answer(ws, self._text.value, role_id)

            self._unsaved = True
            self._session.change(edit, "choose the role for the answer")
            self._unsaved = False
            self._message.show(f"Your answer is now about {name}. Your own text is kept: "
                               f"click '{_DRAFT_LABEL}' for a draft about it.", "ok")
            return
        plan = self._redraft(role_id)
        self._message.show(plan.missing or f"Your answer is now about {name}, drafted from your "
                           f"entries: {count_words(plan.text)} words, about {plan.seconds} "
                           "seconds spoken. Make it yours: edit it in the box.",
                           "warning" if plan.missing else "ok")

    @guarded("_message")
    def _on_draft(self, _button=None) -> None:
        role_id = self._about
        if role_id is None:
            self._message.show("There is no role to draft from yet: add your jobs in notebook "
                               "01 and rate them in notebooks 02 and 03.", "warning")
            return
        own = self._text.value.strip()
        if own and not self._is_draft(own) and not self._confirm_draft.confirmed():
            self._confirm_draft.arm()
            self._message.show("The box holds your own text. Click the button again to replace "
                               "it with a new draft (you can undo that), or keep editing.",
                               "warning")
            return
        self._cancel_confirm()
        plan = draft_of(self._session.workspace, role_id, self._length.value)
        if not plan.text:  # no story in the entries: no one-line draft, the questions ask
            self._drafted.add(role_id)
            self._show_questions(self._session.workspace)
            return self._message.show(plan.missing, "warning")
        plan, name = self._redraft(role_id), role_name(self._session.workspace.role(role_id))
        self._message.show(f"Drafted from your entries for {name}: {count_words(plan.text)} "
                           f"words, about {plan.seconds} seconds spoken. Make it yours: edit it "
                           f"in the box. {studio_note(plan, self._length.value)}".strip(), "ok")

    @guarded("_message")
    def _on_reply(self, question: Question, box: w.Widget) -> None:
        role_id = self._role.value
        reply = box.value or ""
        if role_id is None:
            return
        if not str(reply).strip():  # nothing to add: say so, never a click that does nothing
            return self._message.show(
                "The reply box under this question is empty: type your reply there (or pick "
                "one), then click the button beside it. Nothing was added.", "error")
        if question.code == "goal_evidence":  # added to the end of the answer in the box
            self._box_to_save()
            self._save_text()
        typed = self._text.value.strip()
        was_draft = bool(typed) and self._is_draft(typed)  # an empty box stays empty
        before = self._session.workspace
        self._session.change(lambda ws: apply_reply(ws, role_id, question, reply),
                             "answer a coach's question")
        forget_reply((self._session.path, role_id, question.key))
        ws = self._session.workspace
        if question.code == "goal_evidence":
            self._message.show(f"Added to the end of your answer: '{' '.join(reply.split())}'. "
                               "The check below reads it again.", "ok")
            return
        said = reply_said(before, ws, role_id, question)
        still = next((q for q in questions_of(ws, role_id) if q.key == question.key), None)
        if still is not None:  # the reply is kept, and the coach says what it still lacks
            self._message.show(f"{said} It does not answer the question yet. {still.text}",
                               "warning")
        elif role_id != self._about:
            self._message.show(f"{said} The draft above follows it. Your answer is still "
                               f"about {role_name(ws.role(self._about))}.", "ok")
        elif was_draft:
            old_text = self._text.value.strip()
            plan = self._redraft(role_id)
            self._message.show(f"{said} The draft follows it." if plan.text.strip() != old_text
                               else f"{said} The draft did not change: the one story it "
                               f"tells (about {plan.seconds} seconds) does not take this reply; "
                               "your reply is in your entries for the follow-up questions "
                               "and for your own edits.", "ok")
        else:
            kept = " Your own text is kept:" if typed else ""
            self._message.show(f"{said}{kept} Click '{_DRAFT_LABEL}' for a draft that uses "
                               "it.", "ok")

    def _redraft(self, role_id: str) -> Draft:
        """Put a new draft for ``role_id`` in the box and the workspace; returns it."""
        plan = draft_of(self._session.workspace, role_id, self._length.value)
        self._last_draft = plan.text
        self._drafted.add(role_id)

        def edit(ws: Workspace) -> Workspace:
            return with_answer(ws, plan.text, role_id)

        self._unsaved = False
        self._save_soon.cancel()
        self._session.change(edit, "draft the answer")
        return plan

    @guarded("_message")
    def _on_text(self, _change) -> None:
        if self._quiet:
            return
        self._cancel_confirm()
        self._unsaved = True
        self._kept.keep(self._text.value, self._about, self._session.workspace.answer.text)
        self._take_home.follow()
        self._share_panel.follow_late_keys()
        self._check_soon()  # the check follows the typing, once it pauses
        self._save_soon()

    @guarded("_message")
    def _on_save(self, _button=None) -> None:
        self._cancel_confirm()
        self._save_soon.cancel()
        self._unsaved = True
        self._kept.adopt()  # pressed: saved into the workspace shown, whichever it is
        self._save_text()
        self._show_feedback()
        self._message.show("Saved.", "ok")

    @guarded("_message")
    def _on_undo(self, _button=None) -> None:
        self._confirm_draft.cancel()
        if self.unsaved and not self._confirm_undo.confirmed():
            self._confirm_undo.arm()
            step = self._session.undo_label
            self._message.show("The box holds text that is not saved yet (for example a text "
                               "that was refused). Undo takes back your last step"
                               + (f" ({step})" if step else "") + " and puts your saved answer "
                               "back in the box. Click 'Yes, undo and drop my unsaved text' to "
                               "go on, or copy your text first.", "warning")
            return
        self._confirm_undo.cancel()
        self._save_soon.cancel()
        label = self._session.undo()
        if label is None:
            self._undo.sync()
            self._message.show("There is nothing to undo.", "info")
            return
        self.refresh(force_text=True)
        self._message.show(f"Undone: {label}.", "ok")

    @guarded("_message")
    def _on_card(self, _button=None) -> None:
        self._take_home.make_card()

    def _box_to_save(self) -> None:
        """Before a press that saves the box (the card, the workspace file, the share): a
        pending confirm and a pending save lapse, and the box is saved as it is now."""
        self._cancel_confirm()
        self._save_soon.cancel()
        self._unsaved = True

    def _save_pending(self) -> None:
        """Before the workspace file's link is made: text typed and not saved yet (its pause
        not reached) is saved, so the file holds what the box shows."""
        self._cancel_confirm()
        if self._unsaved:
            self._save_soon.cancel()
            self._save_text()

    def _save_before_share(self) -> None:
        """The share panel saves the box first, so the export has the text as it is now."""
        self._box_to_save()
        self._save_text()


def answer_studio(session: Session | None = None) -> AnswerStudio:
    """The answer studio for notebook 05, on the kernel's shared session unless one is given."""
    session = session if session is not None else open_session()
    return replacing_earlier(AnswerStudio(session), session)


def _not_strongest(strongest: ScoredRole | None, about: str) -> str:
    """Where the answer is about another role than 04's strongest: one sentence that says so, so
    that a choice made in another session (or by a facilitator's file) is never a surprise."""
    if strongest is None or strongest.role.id == about:
        return ""
    return (f" 04 ranks <b>{esc(role_name(strongest.role))}</b> as your strongest answer: pick it "
            f"in the list to see its draft.")
