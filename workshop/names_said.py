"""An employer's or a job title's name as the opening says it: the name as typed.

The kit's ``clean`` leaves out any text in which the answer check finds a pitfall ("fun",
"benefits", "perks" in what a participant says of a job). Applied to a name, it dropped the
employer from the opening ("Funland Arcades", "... Benefits Ltd"), which answers "which job?"
with no employer (blind raters, r28: "no employer named"). A name is read as a name here; the
opening is still read whole as the answer check reads it (``draft_frame.first_line``), so a
line the check would flag is never said.
"""

from __future__ import annotations

import re

__all__ = ["name_text"]

_LETTER = re.compile(r"[^\W\d_]")


def name_text(text: str | None) -> str:
    """A name as typed, its spaces tidied; "" when it holds no letter (nothing to say)."""
    text = " ".join(str(text or "").split())
    return text if _LETTER.search(text) else ""
