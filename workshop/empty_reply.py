"""A reply or a note that carries no content ("dunno really", "Not really lol", "same as above",
"n/a", "?"): read by its structure, never said in the draft.

A participant answering the coach's questions in a hurry pastes replies that say nothing the
draft can use; last round's raters heard "It gave me dunno really." as the kit not listening.
``says_nothing`` reads a text as empty where it holds no digit and every word of it, chat
noise left out (``chat_noise``), is one of ``empty_reply_words`` (negations, "don't know"
words, hedges, pointers back such as "same", "above", fillers and function words), or the
whole text is one of ``empty_replies`` ("not applicable", "nothing comes to mind"). One word
that names a thing, a doing or a feeling makes it content: "not much pay but I learned to run
a till", "honestly? the people I trained", "nothing went wrong on my shift" are said as
typed. The words are data (``data/personal_value.json``). Such a reply is kept in the
entries (nothing typed is lost), the draft leaves it out (``spoken.speech`` says it as "",
``personal_value.say_value`` gives the problem "empty") and the coach's question stays open,
saying plainly that the reply gave nothing the draft can use (``empty_said``).
"""

from __future__ import annotations

import re

from .resources import load_json, per_data_folder

__all__ = ["says_nothing", "empty_said"]

_WORD = re.compile(r"[a-z]+(?:['/][a-z]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@per_data_folder
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_json("personal_value.json")
    words = frozenset(w.lower() for w in data.get("empty_reply_words", ()))  # type: ignore[union-attr]
    whole = frozenset(" ".join(p.lower().split()) for p in data.get("empty_replies", ()))  # type: ignore[union-attr]
    noise = frozenset(w.lower() for w in data.get("chat_noise", ()))  # type: ignore[union-attr]
    return words, whole, noise


def says_nothing(text: str | None) -> bool:
    """True for a text that carries no content: typed (not blank), no digit, and every word,
    chat noise aside, one of ``empty_reply_words``, or the whole one of ``empty_replies``
    ("dunno really", "Not really lol", "idk", "n/a", "nothing much", "same as above", "?",
    "no"). False for a blank text (nothing typed: a question of its own) and for any text
    with a word that names something ("not much pay but I learned to run a till")."""
    text = " ".join(str(text or "").split()).lower().translate(_APOSTROPHES)
    if not text or re.search(r"\d", text):
        return False
    words, whole, noise = _lists()
    for mark in noise:  # ":)", "lol": chat noise is no word of the reply
        text = re.sub(rf"(?:(?<=\s)|^){re.escape(mark)}(?=[\s.,!?]|$)", " ", text)
    found = _WORD.findall(text)
    if " ".join(found) in whole or " ".join(text.strip(" .,!?;:-").split()) in whole:
        return True
    return all(w in words for w in found)


def empty_said(reply: str, would: str) -> str:
    """The coach's plain words for a reply that gave nothing the draft can use: what it read,
    that it is kept but left out of the draft, and what would do (``would``)."""
    shown = " ".join(str(reply or "").split())
    shown = shown if len(shown) <= 40 else shown[:40].rsplit(" ", 1)[0] + " ..."
    return (f"Your reply '{shown}' doesn't give the draft anything it can say, so the draft "
            f"leaves it out (it stays in your entries) and this question stays open. "
            f"What would help: {would}")
