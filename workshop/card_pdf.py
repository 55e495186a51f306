"""The answer card as a PDF, printed offline by a Chromium (or Chrome) already on this computer.

Why a browser and not a Python PDF library: the card is an HTML page that participants also
print from their own browser (File, Print, Save as PDF gives the same one A5 page), so the PDF
comes from the same page and the same print rules (``@page`` in ``report._CSS``). Chromium is
what the kit's browser tests already install (``make test``); WeasyPrint would add Pango and
about 10 packages for the same page, fpdf2 or ReportLab a second layout to keep in step. The
browser is started headless on a temporary profile, with the page as a local file: the card has
no outside link, so nothing is fetched. ``benchmarks/card_pdf.py`` prints how long it takes and
how large the file is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import FileAccessError

__all__ = [ "find_browser", "card_pdf"]

# The names a Chromium-family browser goes by on Linux, macOS (on PATH) and Windows.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
            "msedge")
TIMEOUT = 120  # seconds; a print takes 1 to 3 s here, much more only on a machine in trouble

_NO_BROWSER = ("there is no Chromium or Chrome on this computer to print the card with. Open "
               "the printable card (answer_card.html, or `workshop report FILE --format html "
               "-o card.html`) in any browser and print it to PDF: it fits one A5 page.")


def find_browser() -> str | None:
    """The first Chromium-family browser on PATH, or ``None``."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def card_pdf(page: str, browser: str | None = None) -> bytes:
    """The PDF of the card ``page`` (the HTML text of ``report.render_html``).

    Raises ``FileAccessError`` with what to do instead when no browser is found or it could
    not print (the message names the browser and its last line of error output).
    """
    browser = browser or find_browser()
    if browser is None:
        raise FileAccessError(_NO_BROWSER)
    with tempfile.TemporaryDirectory(prefix="workshop-card-") as tmp:
        source, out = Path(tmp) / "card.html", Path(tmp) / "card.pdf"
        source.write_text(page, encoding="utf-8")
        command = [browser, "--headless", "--disable-gpu", "--no-first-run",
                   "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                   "--disable-background-networking", "--disable-component-update",
                   f"--user-data-dir={Path(tmp) / 'profile'}", "--no-pdf-header-footer",
                   f"--print-to-pdf={out}", source.as_uri()]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chromium refuses to start as root otherwise
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT,
                                  stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise FileAccessError(f"{browser} could not print the card ({exc}). "
                                  + _NO_BROWSER.split(". ", 1)[1], file=browser) from exc
        data = out.read_bytes() if out.is_file() else b""
        if not data.startswith(b"%PDF"):
            lines = [line for line in (done.stderr or "").splitlines() if line.strip()]
            last = lines[-1].strip() if lines else f"exit status {done.returncode}"
            raise FileAccessError(f"{browser} could not print the card ({last}). "
                                  + _NO_BROWSER.split(". ", 1)[1], file=browser)
        return data
