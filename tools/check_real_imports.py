"""Import every real file in ../shared/real-imports and print one line each, then a summary.

The folder holds public resumes and LinkedIn exports that must never be copied into the project,
so it exists only on the machines of the people developing the kit: without it this script says
so in one line and exits 0. With it, each file gives one line (roles, results, notes, or the
one-line refusal); ``--verbose`` adds every role, result and report line, for reading them.
``--encodings`` also re-saves each file in Windows-1252, Latin-1 and UTF-16 (in memory) and
counts how many come back letter for letter.

    python tools/check_real_imports.py [--verbose] [--encodings] [FOLDER]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop.errors import WorkshopError  # noqa: E402
from workshop.importers import import_bytes_with_report, import_with_report  # noqa: E402
from workshop.importers.encoding import decode  # noqa: E402
from workshop.importers.report import Notes  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "real-imports"
NO_JOB = ("j07", "j08", "j09", "j18", "j37")  # blank templates, empty work, per-language work


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".json", ".csv"))


def check(folder: Path, verbose: bool = False) -> dict:
    """Import each file; print a line each and a summary; return the counts."""
    counts = {"files": 0, "imported": 0, "refused": 0, "roles": 0, "results": 0, "valued": 0,
              "notes": 0, "longest": 0, "refused_files": [], "multiline_refusals": 0}
    for path in files(folder):
        counts["files"] += 1
        try:
            imported = import_with_report(path)
        except WorkshopError as exc:
            counts["refused"] += 1
            counts["refused_files"].append(path.name)
            line = str(exc)
            counts["multiline_refusals"] += "\n" in line
            print(f"{path.name}: refused: {line.replace(str(path), path.name)}")
            continue
        report, roles = imported.report, imported.workspace.roles
        results = [r for role in roles for r in role.results]
        counts["imported"] += 1
        counts["roles"] += report.roles
        counts["results"] += report.results
        counts["valued"] += sum(r.value is not None for r in results)
        counts["notes"] += len(report.notes)
        counts["longest"] = max([counts["longest"], *(len(r.statement) for r in results)])
        print(f"{path.name}: {report.roles} roles, {report.results} results "
              f"({sum(r.value is not None for r in results)} with a number), "
              f"{report.skills} skills, {len(report.notes)} notes")
        if verbose:
            _details(imported)
    print(f"{counts['files']} files: {counts['imported']} imported, {counts['refused']} refused "
          f"({', '.join(n[:3] for n in counts['refused_files'])}); {counts['roles']} roles, "
          f"{counts['results']} results ({counts['valued']} with a number), {counts['notes']} "
          f"notes; longest result {counts['longest']} characters.")
    return counts


def _details(imported) -> None:
    for role in imported.workspace.roles:
        print(f"    role {role.id}: {role.title} | {role.organization} | {role.start} to "
              f"{role.end} | summary {len(role.summary)} chars: {role.summary[:100]!r}")
        for r in role.results:
            number = f" [{r.value} {r.unit}]" if r.value is not None else ""
            extra = f" from {r.from_value}" if r.from_value is not None else ""
            print(f"        result{number}{extra}: {r.statement[:160]}")
        if role.skills:
            print(f"        skills: {', '.join(s.name for s in role.skills)[:160]}")
    for line in imported.report.lines()[1:]:
        print(f"    note: {line}")


def encodings(folder: Path) -> None:
    """Re-save each real file in three encodings and count those read back letter for letter."""
    for encoding in ("cp1252", "latin-1", "utf-16"):
        tried = same = 0
        for path in files(folder):
            text = path.read_bytes().decode("utf-8-sig")
            try:
                raw = text.encode(encoding)
            except UnicodeEncodeError:
                continue  # letters that code page has no place for (Arabic, Chinese, ...)
            tried += 1
            same += decode(raw, path.name, Notes()) == text
            try:
                import_bytes_with_report(path.name, raw)
            except WorkshopError as exc:
                print(f"  {path.name} in {encoding}: refused: {exc}")
        print(f"{encoding}: {same} of {tried} files read back letter for letter.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--encodings", action="store_true")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"No real import files at {folder}: nothing to check (they are not part of the "
              "kit).")
        return 0
    check(folder, args.verbose)
    if args.encodings:
        encodings(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
