"""This month: the real one, or ``WORKSHOP_TODAY`` (``YYYY-MM``) when a facilitator or a test pins
it, so that stored notebook outputs stay true.

The one place the setting becomes a month: ``fields.months_between`` and the tables take the
month as an argument and never ask for it themselves.
"""

from __future__ import annotations

import datetime

from . import config
from .errors import WorkshopError
from .fields import parse_date

__all__ = ["this_month"]


def this_month() -> tuple[int, int]:
    """This month as (year, month): ``WORKSHOP_TODAY`` when set and good, else the real month.
    A pinned value that is not a month is said once, and the real month is used."""
    text = config.today_text()
    if text:
        try:
            return parse_date(text)
        except WorkshopError:
            config.say_once(f"WORKSHOP_TODAY is '{text[:40]}', not a month like 2026-11; the real "
                            "month is used.")
    now = datetime.date.today()
    return (now.year, now.month)
