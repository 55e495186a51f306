"""The ``workshop`` command line: the same functions the notebooks call, for a terminal.

Exit 0 on success; bad input exits 2 with one line on stderr saying what is wrong and where.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import WorkshopError

__all__ = ["main", "build_parser", "notebooks_dir"]


class UsageError(WorkshopError):
    """The command line's words are off (a missing argument, an unknown option)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise UsageError(f"{message} (see 'workshop {self.prog.split()[-1]} --help')"
                         if " " in self.prog else f"{message} (see 'workshop --help')")


def notebooks_dir() -> Path:
    """The participant notebooks: beside the package in a checkout, else in the current folder."""
    here = Path(__file__).resolve().parent.parent / "notebooks"
    if (here / "00_start_here.ipynb").exists():
        return here
    return Path.cwd() / "notebooks"


def _write_or_print(text: str, output: str | None) -> None:
    if output:
        from .store import write_atomic

        write_atomic(output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)


def _read_text(path: str, what: str) -> str:
    p = Path(path)
    if not p.is_file():
        raise WorkshopError(f"there is no {what} file here.", file=path)
    if p.stat().st_size > 1_000_000:
        raise WorkshopError(f"the {what} file is over 1 MB; is it the right file?", file=path)
    try:
        return p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise WorkshopError(f"the {what} file is not UTF-8 text.", file=path) from None


# --- commands ---------------------------------------------------------------------------------


def cmd_report(args) -> int:
    from .report import build_report, render
    from .scoring import parse_weights
    from .store import read_workspace

    workspace = read_workspace(args.file)
    weights = parse_weights(args.weights) if args.weights else None
    report = build_report(workspace, weights)
    _write_or_print(render(report, args.format), args.output)
    return 0


def cmd_import(args) -> int:
    from .importers import import_file
    from .store import dumps, write_atomic

    target = Path(args.output)
    if target.exists() and not args.force:
        raise WorkshopError("this workspace exists already; choose another -o name, or add "
                            "--force to replace it.", file=str(target))
    workspace = import_file(args.file)
    write_atomic(target, dumps(workspace))
    print(f"Imported {len(workspace.roles)} role(s) into {target}.", file=sys.stderr)
    return 0


def cmd_check(args) -> int:
    from .check import check_answer

    text = _read_text(args.file, "answer")
    goals = [g.strip() for g in (args.goals or "").split(";") if g.strip()]
    check = check_answer(text, goals)
    if args.format == "json":
        sys.stdout.write(json.dumps(check.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        lines = [f"{check.words} words, about {check.seconds} seconds spoken."]
        for f in check.findings:
            lines.append(f"[{'ok' if f.ok else 'to do'}] {f.code}: {f.message}")
        sys.stdout.write("\n".join(lines) + "\n")
    return 0


def cmd_share(args) -> int:
    from .share import write_export
    from .store import read_workspace

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


def cmd_lab(args) -> int:
    folder = notebooks_dir()
    if not (folder / "00_start_here.ipynb").exists():
        raise WorkshopError("the notebooks folder was not found; run this from the kit's folder.",
                            file=str(folder))
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder}",
               "--LabApp.default_url=/lab/tree/00_start_here.ipynb",
               *_jupyter_args(args.port, args.no_browser)]
    from .jupyter import lab_environment

    os.environ.update(lab_environment())  # the kit's page config: no announcements plugin
    return _serve(command, folder)


def cmd_class(args) -> int:
    from .classroom import (
        render_summary_text,
        summarise_folder,
        summary_to_dict,
        write_class_charts,
    )

    summary = summarise_folder(args.folder)
    charts = write_class_charts(summary, args.output) if args.output else []
    if args.format == "json":
        data = summary_to_dict(summary)
        data["charts"] = [str(p) for p in charts]
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_summary_text(summary))
        if charts:
            sys.stdout.write(f"Charts (PNG, each with its table as CSV) in {args.output}: "
                             + ", ".join(p.name for p in charts) + "\n")
    return 0


def cmd_demo(args) -> int:
    notebook = notebooks_dir() / "facilitator" / "demo.ipynb"
    if not notebook.exists():
        raise WorkshopError("the demo notebook was not found; run this from the kit's folder.",
                            file=str(notebook))
    try:
        import voila  # noqa: F401
    except ImportError:
        raise WorkshopError("Voila is not installed; install the app extra: "
                            "pip install -e '.[app]' (make demo does it for you).") from None
    command = [sys.executable, "-m", "voila", notebook.name, "--Voila.ip=127.0.0.1",
               "--theme=light", "--show_tracebacks=False"]
    if args.port:
        command.append(f"--port={args.port}")
    if args.no_browser:
        command.append("--no-browser")
    print("Serving the facilitator demo with Voila on this computer only (127.0.0.1); "
          "press Ctrl+C to stop.", file=sys.stderr)
    return _serve(command, notebook.parent)


def _serve(command: list[str], cwd: Path) -> int:
    """Run a server until it ends; stopping this command (Ctrl+C or SIGTERM) stops it too."""
    import signal
    import subprocess

    server = subprocess.Popen(command, cwd=cwd)
    previous = signal.signal(signal.SIGTERM, lambda *_: server.terminate())
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        server.wait()
        return 130
    finally:
        signal.signal(signal.SIGTERM, previous)


COMMANDS = {
    "report": cmd_report,
    "import": cmd_import,
    "check": cmd_check,
    "share": cmd_share,
    "lab": cmd_lab,
    "class": cmd_class,
    "demo": cmd_demo,
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="workshop", description="Job Value Workshop: find the job that makes "
                     "your strongest answer to 'What job gave you the most personal value?'.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("lab", help="open JupyterLab at notebook 00")
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--no-browser", action="store_true")

    p = sub.add_parser("report", help="rank the roles in a workspace and check the answer")
    p.add_argument("file", metavar="FILE", help="a workspace .json file")
    p.add_argument("--format", choices=("text", "markdown", "html", "json"), default="text")
    p.add_argument("--weights", help="e.g. pillars=60,relevance=24,quantified=8,used_later=8")
    p.add_argument("-o", "--output", help="write to this file instead of the screen")

    p = sub.add_parser("import", help="read a JSON Resume or LinkedIn Positions.csv")
    p.add_argument("file", metavar="FILE", help="resume.json or Positions.csv")
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
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--no-browser", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 2 bad input)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return 0
        return COMMANDS[args.command](args)
    except WorkshopError as exc:
        print(f"workshop: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # a file that can't be written or read: say which, no traceback
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"workshop: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
