"""The ``workshop`` command line: the same functions the notebooks call, for a terminal.

Exit codes, each with at most one line on stderr saying what is wrong and where:

- 0 success;
- 1 the output can't be written (a full disk, no permission, a closed standard output);
- 2 bad input (a file that can't be used, a wrong option or port);
- 130 interrupted (Ctrl+C); 141 the reader of the output went away (``| head``), said nothing,
  as other command-line tools do.

Text written for a terminal (``--format text``) shows control characters (escape sequences,
carriage returns) as the replacement character, so a typed title can't move the cursor, clear
the screen or forge a line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import FileAccessError, InputFileError, UsageError, WorkshopError

__all__ = ["main", "notebooks_dir", "terminal_safe", "UsageError"]

EXIT_OUTPUT, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_PIPE = 1, 2, 130, 141
# C0 and C1 controls but tab and newline, DEL, and the bidirectional overrides and isolates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character but tab and newline shown as U+FFFD."""
    return _CONTROLS.sub("\ufffd", text)


def _port(text: str) -> int:
    """A TCP port from the command line: a whole number from 1 to 65535."""
    if not re.fullmatch(r"[0-9]{1,5}", text.strip()) or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"the port is '{text[:20]}'; give a number from 1 to "
                                         "65535, such as 8888")
    return int(text)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise UsageError(f"{message} (see 'workshop {self.prog.split()[-1]} --help')"
                         if " " in self.prog else f"{message} (see 'workshop --help')")


def notebooks_dir() -> Path:
    """The kit's notebooks: beside the package in a checkout, else a ``notebooks`` folder in the
    current folder (a class's copy), else the copy an installed wheel carries."""
    from .kitfiles import START, checkout_notebooks, kit_notebooks

    here = checkout_notebooks()
    if here is not None:
        return here
    cwd = Path.cwd() / "notebooks"
    if (cwd / START).exists():
        return cwd
    return kit_notebooks() or cwd


def _version() -> str:
    """The installed kit's version (the wheel's metadata), or "unknown" outside an install."""
    from importlib import metadata

    try:
        return metadata.version("job-value-workshop")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


class _ClosedOutput(Exception):
    """Standard output is closed (``workshop report FILE >&-``)."""


def _print(text: str) -> None:
    """Write to standard output; a closed one is said plainly by ``main``."""
    if sys.stdout is None:
        raise _ClosedOutput
    try:
        for start in range(0, len(text), 1 << 14):  # in pieces: a reader gone is seen at once
            sys.stdout.write(text[start:start + (1 << 14)])
            sys.stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # EBADF, or "I/O operation on closed file"
        raise _ClosedOutput from exc


def _write_or_print(text: str, output: str | None) -> None:
    if output:
        from .fileio import write_output

        write_output(output, text.encode("utf-8"))
    else:
        _print(text)


MAX_TEXT_BYTES = 2**20  # an answer is a few hundred words


def _read_text(path: str, what: str) -> str:
    """A text file named on the command line, through the kit's bounded reader (a pipe or a
    device is refused at once, a file over ``MAX_TEXT_BYTES`` too)."""
    from .fileio import read_regular

    try:
        raw = read_regular(path, MAX_TEXT_BYTES)
    except FileNotFoundError:
        raise InputFileError(f"there is no {what} file here.", file=path) from None
    except FileAccessError as exc:
        raise InputFileError(exc.message, file=path) from exc
    if len(raw) > MAX_TEXT_BYTES:  # it grew while it was read
        raise InputFileError(f"the {what} file is over 1 MB; is it the right file?", file=path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputFileError(f"the {what} file is not UTF-8 text.", file=path) from None


def _refuse_own_input(output: str | os.PathLike | None, source: str | os.PathLike,
                      what: str) -> None:
    """The one rule for every command's -o: it may not be the command's input ``source`` (the
    same file by its device and inode, so also through a link or a hard link). Raises a
    ``UsageError`` (exit 2, one line) naming the path; ``what`` is the input, in words."""
    if output is None:
        return
    try:
        same = os.path.samefile(output, source)
    except (OSError, ValueError):  # nothing there yet (or an impossible name): not the input
        same = False
    if same:
        raise UsageError(f"-o names {what} itself (the same file, or a link to it); name "
                         "another, so it stays as it is.", file=str(output))


# --- commands ---------------------------------------------------------------------------------


def cmd_report(args) -> int:
    from .report import build_report, render
    from .scoring import parse_weights
    from .store import read_workspace

    _refuse_own_input(args.output, args.file, "the workspace being reported")
    workspace = read_workspace(args.file)
    weights = parse_weights(args.weights) if args.weights else None
    report = build_report(workspace, weights)
    if args.format == "pdf":
        from .card_pdf import card_pdf
        from .fileio import write_output

        if not args.output:
            raise UsageError("a PDF is not shown on the screen: add -o CARD.pdf to write it.")
        write_output(args.output, card_pdf(render(report, "html")))
        return 0
    text = render(report, args.format)
    _write_or_print(terminal_safe(text) if args.format == "text" else text, args.output)
    return 0


def cmd_import(args) -> int:
    from .fileio import write_file
    from .importers import import_with_report
    from .store import encode

    target = Path(args.output)
    _refuse_own_input(target, args.file, "the file being imported")
    if target.is_dir():
        raise UsageError("-o names a folder; name a workspace file inside it, for example "
                         f"{target / 'my_workspace.json'}.", file=str(target))
    if target.exists() and not args.force:
        raise UsageError("this workspace exists already; choose another -o name, or add "
                         "--force to replace it.", file=str(target))
    imported = import_with_report(args.file)
    workspace = imported.workspace
    replaced = target.exists()
    write_file(target, encode(workspace))
    if replaced:  # the forms' unsaved typing for the workspace replaced goes with it
        from .drafts import DraftFile

        DraftFile.of(target).retire()
    sys.stdout.write("\n".join(imported.report.lines()) + "\n")
    print(f"Imported {len(workspace.roles)} role(s) into {target}.", file=sys.stderr)
    return 0


def cmd_check(args) -> int:
    from .check import check_answer
    from .check_render import check_text

    text = _read_text(args.file, "answer")
    goals = [g.strip() for g in (args.goals or "").split(";") if g.strip()]
    check = check_answer(text, goals)
    if args.format == "json":
        _print(json.dumps(check.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        _print(terminal_safe(check_text(check)))
    return 0


def cmd_share(args) -> int:
    from .share import write_export
    from .store import read_workspace

    _refuse_own_input(args.output, args.workspace, "the workspace being shared")
    workspace = read_workspace(args.workspace)
    path = write_export(workspace, args.output)
    print(f"Wrote the anonymised export to {path}.", file=sys.stderr)
    return 0


def _jupyter_args(port: int | None, no_browser: bool) -> list[str]:
    from .jupyter import LAB_ARGS

    # Nothing may reach the network: no update check, no news feed (see workshop/jupyter/).
    args = list(LAB_ARGS)
    if port:
        args.append(f"--port={port}")
    if no_browser:
        args.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    return args


def _lab_folder(args) -> tuple[Path, str]:
    """The folder JupyterLab opens, and a line saying whose it is.

    ``--folder DIR``: the participant's copy there (made the first time). Else a checkout's
    ``notebooks/`` or a ``notebooks`` folder here with notebook 00; else, for an installed kit,
    the participant's copy in ``~/job-value-workshop``.
    """
    from .kitfiles import START, checkout_notebooks, copy_notebooks, default_folder

    if args.folder is None:
        for found in (checkout_notebooks(), Path.cwd() / "notebooks"):
            if found is not None and (found / START).is_file():
                return found, f"The kit's notebooks: {found}"
    result = copy_notebooks(Path(args.folder) if args.folder else default_folder())
    return result.folder, result.summary()


def _free_port(first: int = 8888, tries: int = 20) -> int:
    """The first port from ``first`` that nothing listens on at 127.0.0.1 (else any free one)."""
    import socket

    for port in range(first, first + tries):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(port: int) -> bool:
    """True once a server answers on the port (JupyterLab's /api needs no token)."""
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api", timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


def cmd_lab(args) -> int:
    import secrets
    import tempfile

    from . import config
    from .jupyter import lab_environment
    from .kitfiles import START

    folder, where = _lab_folder(args)
    port = args.port or _free_port()
    token = secrets.token_hex(24)
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder}",
               f"--LabApp.default_url=/lab/tree/{START}", "--ServerApp.port_retries=0",
               *_jupyter_args(port, args.no_browser)]
    env = lab_environment()
    env["JUPYTER_TOKEN"] = token  # the address printed below carries it; not on the command line
    config.update_environment(env)  # the kit's page config: no announcements
    log = None if args.log == "-" else Path(args.log or Path(tempfile.gettempdir())
                                             / f"workshop-lab-{port}.log")
    _print(f"==> {where}\n")
    _print("==> Starting JupyterLab" + (f" (its log: {log})" if log else "") + "\n")
    url = f"http://localhost:{port}/lab/tree/{START}?token={token}"
    return _serve(command, folder, log=log,
                  ready=(lambda: _answers(port),
                         f"==> JupyterLab is ready: {url}\n    Stop it with Ctrl+C.\n"))


def cmd_class(args) -> int:
    from .classroom import (
        render_summary_text,
        summarise_folder,
        summary_to_dict,
        write_class_charts,
    )

    _refuse_own_input(args.output, args.folder, "the exports folder being summed up")
    summary = summarise_folder(args.folder)
    charts = write_class_charts(summary, args.output) if args.output else []
    if args.format == "json":
        data = summary_to_dict(summary)
        data["charts"] = [str(p) for p in charts]
        _print(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        text = render_summary_text(summary)
        if charts:
            text += (f"Charts (PNG, each with its table as CSV) in {args.output}: "
                     + ", ".join(p.name for p in charts) + "\n")
        _print(terminal_safe(text))
    return 0


def cmd_demo(args) -> int:
    notebook = notebooks_dir() / "facilitator" / "demo.ipynb"
    if not notebook.exists():
        raise InputFileError("the demo notebook was not found; run this from the kit's folder.",
                             file=str(notebook))
    try:
        import voila  # noqa: F401
    except ImportError:
        raise UsageError("Voila is not installed; install the app extra: "
                         "pip install -e '.[app]' (make demo does it for you).") from None
    # The template and theme come from voila.json beside the demo (Voila reads it from its
    # working folder), so a facilitator can change them there.
    command = [sys.executable, "-m", "voila", notebook.name, "--Voila.ip=127.0.0.1",
               "--show_tracebacks=False"]
    if args.port:
        command.append(f"--port={args.port}")
    if args.no_browser:
        command.append("--no-browser")
    print("Serving the facilitator demo with Voila on this computer only (127.0.0.1); "
          "press Ctrl+C to stop.", file=sys.stderr)
    return _serve(command, notebook.parent)


def _serve(command: list[str], cwd: Path, log: Path | None = None, ready=None) -> int:
    """Run a server until it ends; stopping this command (Ctrl+C or SIGTERM) stops it too.

    ``log``: a file for the server's output (else this terminal). ``ready``: (a test, a text):
    the text is printed once the test is true, while the server runs.
    """
    import signal
    import subprocess
    import time

    if log is None:
        server = subprocess.Popen(command, cwd=cwd)
    else:
        with open(log, "ab") as out:
            server = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                      stdin=subprocess.DEVNULL)
    previous = signal.signal(signal.SIGTERM, lambda *_: server.terminate())
    try:
        if ready is not None:
            test, text = ready
            while server.poll() is None and not test():
                time.sleep(0.3)
            if server.poll() is None:
                _print(text)
            elif log is not None:
                tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-5:]
                _say("workshop: JupyterLab stopped before it answered; the end of its log "
                     f"({log}):\n" + "\n".join(tail))
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        server.wait()
        return 130
    finally:
        signal.signal(signal.SIGTERM, previous)


def cmd_doctor(args) -> int:
    from .doctor import main as doctor

    return doctor()


COMMANDS = {
    "report": cmd_report,
    "import": cmd_import,
    "check": cmd_check,
    "share": cmd_share,
    "lab": cmd_lab,
    "class": cmd_class,
    "demo": cmd_demo,
    "doctor": cmd_doctor,
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="workshop", description="Job Value Workshop: find the job that makes "
                     "your strongest answer to 'What job gave you the most personal value?'.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    parser.add_argument("--version", action="version", version=f"workshop {_version()}")

    p = sub.add_parser("lab", help="open JupyterLab at notebook 00")
    p.add_argument("--port", type=_port, default=None)
    p.add_argument("--no-browser", action="store_true")
    p.add_argument("--folder", metavar="DIR", help="your own copy of the notebooks, made here the "
                   "first time (an installed kit's default: ~/job-value-workshop)")
    p.add_argument("--log", metavar="FILE", help="JupyterLab's log (default: a file in the "
                   "temporary folder; '-' for this terminal)")

    p = sub.add_parser("report", help="rank the roles in a workspace and check the answer")
    p.add_argument("file", metavar="FILE", help="a workspace .json file")
    p.add_argument("--format", choices=("text", "markdown", "html", "json", "pdf"),
                   default="text", help="pdf: the one-page answer card, printed by Chromium")
    p.add_argument("--weights", help="e.g. pillars=60,relevance=24,quantified=8,used_later=8")
    p.add_argument("-o", "--output", help="write to this file instead of the screen")

    p = sub.add_parser("import", help="read a JSON Resume, LinkedIn Positions.csv or its zip")
    p.add_argument("file", metavar="FILE", help="resume.json, Positions.csv or the export .zip")
    p.add_argument("-o", "--output", required=True, metavar="WORKSPACE")
    p.add_argument("--force", action="store_true", help="replace WORKSPACE if it exists")

    p = sub.add_parser("check", help="check an answer text")
    p.add_argument("file", metavar="TEXT_FILE")
    p.add_argument("--goals", help='the hiring manager\'s goals, "goal; goal"')
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("share", help="write the anonymised export for the class dashboard")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("-o", "--output", required=True, metavar="EXPORT",
                   help="a .json file, or a folder to write a new file into")

    p = sub.add_parser("class", help="sum up a folder of anonymised class exports, with charts")
    p.add_argument("folder", metavar="FOLDER", help="the folder the shared files were put in")
    p.add_argument("-o", "--output", metavar="OUT", help="write the charts (PNG and CSV) here")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("demo", help="serve the facilitator demo as an app (Voila, this computer)")
    p.add_argument("--port", type=_port, default=None)
    p.add_argument("--no-browser", action="store_true")

    sub.add_parser("doctor", help="check this computer is ready for the workshop")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (see the module docstring)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            _print(parser.format_help())
            return 0
        return COMMANDS[args.command](args)
    except FileAccessError as exc:  # the output can't be written: a full disk, no permission
        _say(f"workshop: {exc}")
        return EXIT_OUTPUT
    except WorkshopError as exc:
        _say(f"workshop: {exc}")
        return EXIT_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE
    except _ClosedOutput:
        _say("workshop: standard output is closed, so nothing could be shown; write to a file "
             "with -o FILE instead.")
        return EXIT_OUTPUT
    except OSError as exc:  # a file that can't be read: say which, no traceback
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _say(f"workshop: {where}{exc.strerror or exc}")
        return EXIT_INPUT


def _say(line: str) -> None:
    if sys.stderr is not None:
        try:
            print(terminal_safe(line), file=sys.stderr)
        except OSError:
            pass


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's exit flush says nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
