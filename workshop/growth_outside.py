"""Growth the job did not grow: a skill grown outside the work (issue 21, check38).

The labelling guide asks that *the job* grew a job skill. A growth told in a sentence that
places it outside the work ("the night shifts let me practise guitar in the afternoons and I
went from basic chords to playing gigs", "on my lunch breaks I taught myself to code",
"Outside work I coached my son's team and became a better communicator") is a hobby's or a
pastime's, not the job's. Where a sentence holds a ``growth_outside`` pattern of
``data/phrases.json`` (outside work, in my spare time, on my lunch breaks, the job let me
practise ...), its growth claims are read as a learning that names no job skill: the check
quotes it and asks for a skill the job grew. Growth in other sentences of the answer stands.
"""

from __future__ import annotations

from .check_rules import Rules
from .reading import Reading

__all__ = ["outside_the_job"]


def outside_the_job(rules: Rules, reading: Reading, found) -> None:
    """Move the growth claims of sentences told outside the work to ``found.bare_learning``."""
    if not found.growth or rules.lists["growth_outside"].nowhere(reading.words):
        return
    ws, outside = reading.words, rules.lists["growth_outside"]
    away = {c.sentence.lo for c in found.growth
            if outside.search(ws, c.sentence.lo, c.sentence.hi) is not None}
    if not away:
        return
    found.bare_learning.extend(c for c in found.growth if c.sentence.lo in away)
    found.growth[:] = [c for c in found.growth if c.sentence.lo not in away]
