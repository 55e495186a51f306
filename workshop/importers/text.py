"""Text from an import: cleaning it, and splitting a description into its lines and bullets.

People's descriptions arrive in every shape: real line breaks with "- " bullets (JSON Resume
summaries), or everything on one line (LinkedIn writes each description as one line), so a list
arrives as "• a • b", " - a - b", " * a * b" or "● a ● b", and paragraphs as runs of spaces.
:func:`pieces` turns any of these into the same list of :class:`Piece` objects: each bullet its
own piece, each line of prose its own piece, a line that continues a bullet joined to it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ..abbreviations import ends_in_abbreviation
from ..fields import clip

__all__ = ["Piece", "clean_block", "clip", "label_line", "one_line", "pieces", "plural",
           "sentences", "show", "shorten"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# Glyphs that only ever mark a bullet, wherever they stand ("\ufffc" is what a copied bullet
# image becomes).
_GLYPHS = "•●▪◦‣■□►▸▶➢➤➣✓✔✗○◆◇⁃∙\ufffc"
_GLYPH_SPLIT = re.compile(f"\\s*[{_GLYPHS}]\\s*")
# At the start of a line: those glyphs, a middle dot, a dash, a star or plus, or "1." / "2)".
_LINE_BULLET = re.compile(f"^\\s*(?:[{_GLYPHS}·]\\s*|[-*+–—]\\s+|\\(?\\d{{1,2}}[.)]\\s+)")
# A dash or star inside a line marks a bullet when the line started with one, or after the end
# of a sentence: "- a - b", "done. - next".
_INLINE_MARK = {"-": re.compile(r"\s+-\s+"), "*": re.compile(r"\s+\*\s+"),
                "–": re.compile(r"\s+–\s+"), "+": re.compile(r"\s+\+\s+")}
# Counted as list marks only between words: "PHP 8.2 - 8.5" is a range, not a list.
_LIST_MARKS = {m: re.compile(r"(?<=[^\d\s])\s+" + re.escape(m) + r"\s+(?=[^\W\d_])")
               for m in ("*", "-", "–")}
_AFTER_SENTENCE = re.compile(r"(?<=[.!?;])\s+[-*–]\s+(?=\S)")
# "done.  Next", "formatting data  Writing": a line break that a one-line export turned into
# spaces; not after a comma or "&" ("Typescript,  Adobe"), where a list goes on.
_PARAGRAPH = re.compile(f"(?<=[\\w.!?:;)\"'”])[ \\t\\u00a0]{{2,}}(?=[A-ZÀ-Ý{_GLYPHS}*])")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(A-ZÀ-Ý0-9])")
# "Tech stack: Python, Go", "Technologies : Bash, C": a list of tools, not a result.
_LABEL = re.compile(
    r"^(?:tech(?:nical)?\s+stack|stack|tech|technolog(?:y|ies|ie|ien|ias|ia)|tools?|"
    r"skills?|environment|languages?|frameworks?|keywords?|outils|compétences|herramientas|"
    r"tecnolog[íi]as?|ferramentas|werkzeuge|kenntnisse|strumenti|competenze|tags)"
    r"(?:\s+used)?\s?:", re.IGNORECASE)


@dataclass(frozen=True)
class Piece:
    """One unit of a description: a bullet, or a line or sentence of prose."""

    text: str
    bullet: bool


def clean_block(text: str) -> str:
    """Text with line ends normalised, control characters and lone surrogates dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return _CONTROL.sub("", text.replace("\ufeff", ""))


def one_line(text: str) -> str:
    return " ".join(clean_block(text).split())


def label_line(text: str) -> bool:
    """A line that lists tools or skills under a label ("Tech stack: ...")."""
    return bool(_LABEL.match(text.strip()))


def sentences(text: str) -> list[str]:
    """The sentences of a line of prose ("U.S.", "e.g." and "Inc." do not end one)."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if ends_in_abbreviation(text, m.start(), start):
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [s for s in (p.strip() for p in out) if s]


def pieces(text: str) -> list[Piece]:
    """The bullets and lines of a description, in order, each cleaned to one line.

    - a line starting with a bullet ("-", "*", "•", "·", "1.") is a bullet;
    - glyph bullets ("•", "●", "▪", ...) split a line wherever they stand; "-", "*" and "–"
      split it when the line itself started with that mark ("- a - b"), when the line holds
      two stars or three dashes ("Team: 5 * a * b"), or after the end of a sentence
      ("... done. - next");
    - a run of spaces before a capital letter is a line break (how one-line exports keep
      paragraphs);
    - a line that continues a bullet (it starts in lower case or with "(", or it closes a
      bracket the bullet opened) is joined to that bullet;
    - a bullet ending in ":" followed by a bullet that ends in "," or starts in lower case is
      one bullet (a lead-in and its list).
    """
    raw: list[tuple[str, bool, bool]] = []  # (text, is a bullet, starts a line)
    for line in clean_block(text).split("\n"):
        for para in _PARAGRAPH.split(line):
            raw.extend(_split_line(para))
    out: list[list] = []
    for piece, bullet, line_start in raw:
        piece = " ".join(piece.split())
        if not piece:
            continue
        if out and not bullet and out[-1][1] and _continues(out[-1][0], piece, line_start):
            out[-1][0] = f"{out[-1][0]} {piece}"
            continue
        if out and bullet and out[-1][1] and out[-1][0].endswith(":") and (
                piece.endswith((",", ";")) or piece[:1].islower()):
            out[-1][0] = f"{out[-1][0]} {piece}"
            continue
        out.append([piece, bullet])
    return [Piece(p.rstrip(",;").rstrip() if b else p, b) for p, b in out if p.strip(",; ")]


def _split_line(line: str) -> list[tuple[str, bool, bool]]:
    """A line's bullets: (text, is a bullet, starts the line)."""
    if not line.strip():
        return []
    start = _LINE_BULLET.match(line)
    lead_mark = ""
    body = line
    if start:
        lead_mark = start.group(0).strip()[:1]
        body = line[start.end():]
    parts: list[tuple[str, bool, bool]] = []
    chunks = _GLYPH_SPLIT.split(body)
    for k, chunk in enumerate(chunks):
        bullet = bool(start) or k > 0
        mark = lead_mark if lead_mark in _INLINE_MARK else _list_mark(chunk)
        subs = _INLINE_MARK[mark].split(chunk) if mark else _AFTER_SENTENCE.split(chunk)
        for j, sub in enumerate(subs):
            parts.append((sub, bullet or j > 0, k == 0 and j == 0))
    return parts


def _list_mark(chunk: str) -> str:
    """The mark of a list run together inside a line of prose ("Team: 5 * a * b"): two stars or
    three dashes, which a sentence seldom holds; "" if none."""
    for mark, least in (("*", 2), ("-", 3), ("–", 3)):
        if len(_LIST_MARKS[mark].findall(chunk)) >= least:
            return mark
    return ""


def _continues(bullet: str, line: str, line_start: bool) -> bool:
    """Whether a prose line carries on the bullet before it."""
    if not line_start or line.endswith(":") or label_line(line):
        return False
    if line[:1].islower() or line[:1] in "([{&+/":
        return True
    return bullet.count("(") > bullet.count(")") or line.count(")") > line.count("(")


def show(value: Any) -> str:
    """A value from the file as a message shows it (short, one line, never failing)."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        return "a very long number"  # str() of a 5000-digit int raises ValueError
    if isinstance(value, int | float | bool) or value is None:
        return json.dumps(value)
    return shorten(repr(value))


def shorten(text: str, limit: int = 60) -> str:
    text = one_line(str(text))
    return clip(text, limit)


def plural(n: int, word: str) -> str:
    """"1 role", "2 roles", "2 entries": how the import's messages count things."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"
