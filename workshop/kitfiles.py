"""The kit's notebooks: where they are, and the participant's own copy of them.

In a checkout the notebooks are ``notebooks/`` beside the package; an installed wheel carries a
copy as ``workshop/_notebooks`` (``pyproject.toml``). ``workshop lab`` from an installed kit
copies the participant notebooks (00 to 05, and the pictures they show) into a folder of the
participant's the first time, and opens that copy: their outputs, their workspace file and
their edits stay there, never in the kit's own files. A file already in that folder is never
replaced: a participant's copy of a notebook is theirs, even when the kit has a newer one.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .errors import FileAccessError

__all__ = ["START", "kit_notebooks", "checkout_notebooks", "CopyResult", "copy_notebooks",
           "default_folder"]

START = "00_start_here.ipynb"
# What a participant's folder gets: the numbered notebooks and the folder of their pictures.
_PARTICIPANT_GLOB = "[0-9][0-9]_*.ipynb"
_PICTURES = "images"


def checkout_notebooks() -> Path | None:
    """``notebooks/`` beside the package when the kit runs from a checkout, else ``None``."""
    here = Path(__file__).resolve().parent.parent / "notebooks"
    return here if (here / START).is_file() else None


def kit_notebooks() -> Path | None:
    """The kit's own notebooks folder: the checkout's, else the wheel's copy, else ``None``."""
    found = checkout_notebooks()
    if found is not None:
        return found
    packaged = Path(__file__).resolve().parent / "_notebooks"
    return packaged if (packaged / START).is_file() else None


def default_folder() -> Path:
    """Where an installed kit puts the participant's notebooks when no folder is named."""
    return Path.home() / "job-value-workshop"


@dataclass
class CopyResult:
    """What ``copy_notebooks`` did.

    Attributes:
        folder: the participant's folder.
        copied: the files copied into it now (names relative to the folder).
        kept: the kit's files that were already there and were left as they are.
    """

    folder: Path
    copied: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal."""
        if self.copied and not self.kept:
            return f"Copied the workshop's notebooks into {self.folder} (yours to change)."
        if self.copied:
            return (f"Copied {len(self.copied)} new file(s) into {self.folder}; your own "
                    f"copies of {len(self.kept)} other(s) were kept as they are.")
        return f"Your notebooks: {self.folder} (your own copies, kept as they are)."


def _participant_files(source: Path) -> list[Path]:
    files = sorted(source.glob(_PARTICIPANT_GLOB))
    pictures = source / _PICTURES
    if pictures.is_dir():
        files += sorted(p for p in pictures.rglob("*") if p.is_file())
    return files


def copy_notebooks(folder: Path, source: Path | None = None) -> CopyResult:
    """Copy the kit's participant notebooks into ``folder`` where they are not there yet.

    Raises ``FileAccessError`` naming the folder when it can't be made or written (a file of
    that name, no permission), and when the kit's notebooks are missing from this install.
    """
    source = source or kit_notebooks()
    if source is None:
        raise FileAccessError("this installation of the kit has no notebooks; reinstall it "
                              "(pip install job-value-workshop).")
    folder = Path(folder).expanduser()
    result = CopyResult(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path in _participant_files(source):
            name = path.relative_to(source)
            target = folder / name
            if target.exists() or target.is_symlink():
                result.kept.append(str(name))
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            result.copied.append(str(name))
    except (FileExistsError, NotADirectoryError):
        raise FileAccessError("this is a file, not a folder; name a folder for your "
                              "notebooks (workshop lab --folder DIR).", file=str(folder)) from None
    except OSError as exc:
        raise FileAccessError(f"the notebooks could not be copied here ({exc.strerror or exc}); "
                              "name another folder with workshop lab --folder DIR.",
                              file=str(folder)) from exc
    return result
