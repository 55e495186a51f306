"""The kit's notebooks stay as committed when a participant's JupyterLab saves them.

A participant runs the kit's notebooks in place (locally, on Binder, on a hub after nbgitpuller),
and JupyterLab saves them every two minutes: without this hook their outputs (a participant's
roles and scores) and widget state would land in the tracked files, the next ``git pull`` or
nbgitpuller merge would have to merge them, and a notebook reopened without its kernel would
show "Error displaying widget: model not found" instead of its lesson.

:func:`keep_kit_notebooks_clean` is a jupyter_server pre-save hook, and this module is the
server extension that registers it on the server's contents manager. The kit's
``jupyter_server_config.d/job-value-workshop.json`` enables the extension: it is on the
``JUPYTER_CONFIG_PATH`` of ``workshop lab``, and installed into ``<prefix>/etc/jupyter`` with
the kit, where every server of that environment reads it (``jupyter lab``, Binder's and a hub's
single-user server; ``jupyter server extension list`` names it). It changes only a notebook the
builder marked as the kit's own (``metadata.job_value_workshop.kit_file``) and saved under that
same file name: outputs, execution counts, widget state and what JupyterLab adds to the
notebook's metadata are left out of the file; the participant's text in the cells is saved as
typed. Their work itself is in the workspace file, and the page they have open keeps its outputs
until it is reloaded.

The other way round, a kit notebook is served to the page (:func:`as_opened`, wrapped around
the contents manager's ``get``) with the ``language_info`` the kernel will report, so that
JupyterLab, which writes the kernel's ``language_info`` into the notebook as the kernel
starts, finds nothing to change: the notebook is not marked unsaved the moment it opens. (The
file keeps the bare ``{"name": "python"}``: the kernel's Python version differs from one
computer to the next.)
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Mapping
from typing import Any

__all__ = ["as_opened", "is_kit_notebook", "keep_kit_notebooks_clean", "kernel_language_info"]

EXTENSION = "workshop.jupyter.clean_save"

#: The notebook metadata key the builder writes: ``{"kit_file": "00_start_here.ipynb"}``.
KIT_KEY = "job_value_workshop"
#: The notebook metadata the builder writes; anything else is the editor's.
_KEPT_METADATA = ("kernelspec", "voila", KIT_KEY)


def is_kit_notebook(content: Any, path: str) -> bool:
    """``content`` (a notebook as a dict) carries the kit's mark for the file name of ``path``
    (a copy saved under another name is the participant's own and is left alone)."""
    if not isinstance(content, Mapping):
        return False
    metadata = content.get("metadata")
    mark = metadata.get(KIT_KEY) if isinstance(metadata, Mapping) else None
    if not isinstance(mark, Mapping):
        return False
    name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
    return bool(name) and mark.get("kit_file") == name


def strip_session(content: dict) -> dict:
    """``content`` (a notebook as a dict), changed in place and returned, as the kit commits it:
    no outputs, no execution counts, no widget state, no metadata the editor added."""
    metadata = content.get("metadata") or {}
    language = metadata.get("language_info")
    kept = {key: metadata[key] for key in _KEPT_METADATA if key in metadata}
    if isinstance(language, Mapping) and "name" in language:
        kept["language_info"] = {"name": language["name"]}
    content["metadata"] = kept
    for cell in content.get("cells") or ():
        if not isinstance(cell, dict):
            continue
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        meta = cell.get("metadata")
        if isinstance(meta, dict):
            # what the editor records about a session: collapsed or scrolled outputs, timings
            for key in ("collapsed", "scrolled", "execution", "jupyter", "trusted"):
                meta.pop(key, None)
    return content


def keep_kit_notebooks_clean(model: dict, path: str, **_: Any) -> None:
    """jupyter_server's pre-save hook: a kit notebook (see :func:`is_kit_notebook`) is saved
    as committed (:func:`strip_session`); any other file is saved untouched."""
    if not isinstance(model, dict) or model.get("type") != "notebook":
        return
    content = model.get("content")
    if is_kit_notebook(content, path):
        strip_session(content)


def kernel_language_info() -> dict:
    """The ``language_info`` of ipykernel's ``kernel_info`` reply on this Python (the kernel the
    kit's notebooks start runs on the server's Python); ``tests/test_clean_save.py`` holds it
    to ipykernel's own."""
    return {"name": "python", "version": sys.version.split()[0], "mimetype": "text/x-python",
            "codemirror_mode": {"name": "ipython", "version": sys.version_info[0]},
            "pygments_lexer": "ipython3", "nbconvert_exporter": "python",
            "file_extension": ".py"}


def as_opened(model: Any, path: str) -> Any:
    """A notebook model the server is about to send (``ContentsManager.get``), returned: a kit
    notebook whose ``language_info`` is the bare one the kit commits gets the kernel's
    (:func:`kernel_language_info`); anything else is returned untouched."""
    if not isinstance(model, dict) or model.get("type") != "notebook":
        return model
    content = model.get("content")
    if not is_kit_notebook(content, path):
        return model
    metadata = content["metadata"]
    language = metadata.get("language_info")
    if language is None or (isinstance(language, Mapping) and dict(language) == {
            "name": "python"}):
        metadata["language_info"] = kernel_language_info()
    return model


def _serve_as_opened(contents_manager) -> None:
    """Wrap the contents manager's ``get`` (a coroutine in jupyter_server's async managers) in
    :func:`as_opened`."""
    get = contents_manager.get
    if getattr(get, "_workshop_as_opened", False):
        return
    if inspect.iscoroutinefunction(get):
        @functools.wraps(get)
        async def opened(path, *args, **kwargs):
            return as_opened(await get(path, *args, **kwargs), path)
    else:
        @functools.wraps(get)
        def opened(path, *args, **kwargs):
            return as_opened(get(path, *args, **kwargs), path)
    opened._workshop_as_opened = True
    contents_manager.get = opened


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    """jupyter_server's entry point: this module is the extension."""
    return [{"module": EXTENSION}]


def _load_jupyter_server_extension(serverapp) -> None:
    """Register the hook on the server's contents manager, and say so in the server's log."""
    serverapp.contents_manager.register_pre_save_hook(keep_kit_notebooks_clean)
    _serve_as_opened(serverapp.contents_manager)
    serverapp.log.info("Job Value Workshop: the kit's notebooks are saved without outputs "
                       "or widget state")
