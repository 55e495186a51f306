"""Text made safe to print on a terminal: one rule for every line the kit prints.

A file name or any other text that came from outside (a class folder's file names, a reason that
quotes a field) may hold control characters: a newline that forges a line of the summary, an
escape sequence that clears the screen or recolours it, a carriage return that overwrites what
was printed, a right-to-left override that reverses what follows. ``terminal_safe`` shows each
such character visibly as an escape (``\\n``, ``\\x1b``, ``\\u202e``) and leaves all other text,
accents and emoji included, as it is.
"""

from __future__ import annotations

import re

__all__ = ["terminal_safe"]

# C0 and C1 controls, DEL, line and paragraph separators, zero-width and bidirectional controls,
# the byte-order mark
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(match: re.Match) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: object) -> str:
    """``text`` with every control, separator and direction character shown as an escape."""
    return _UNSAFE.sub(_visible, str(text))
