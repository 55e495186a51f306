"""Reading JSON text for the kit's loaders, with every way it can fail said in one plain line."""

from __future__ import annotations

import json

from .errors import WorkshopError

__all__ = ["load_json_text"]


def load_json_text(text: str, *, error: type[WorkshopError], file: str | None, what: str):
    """``json.loads(text)``; a failure raises ``error`` naming ``file`` ("a workspace",
    "a JSON Resume" is ``what`` the file should have been)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                    f"{exc.msg}); it may be cut short.", file=file) from None
    except ValueError:  # Python refuses to read an integer of over 4300 digits
        raise error(f"the file holds a number thousands of digits long: it is not {what}.",
                    file=file) from None
    except RecursionError:
        raise error(f"the file is nested too deeply to be {what}.", file=file) from None
