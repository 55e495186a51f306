"""The kit's pre-save hook (workshop/jupyter/clean_save.py): a participant's JupyterLab saves
the kit's notebooks as committed, without outputs or widget state, and leaves every other
notebook as it is. The real server's save goes through the same contents manager the kit's
configuration file sets up; the browser test (test_browser_clean_save.py) does it from a page."""

from __future__ import annotations

import copy
import importlib
import json
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest

from workshop.jupyter import CONFIG_DIR, lab_environment
from workshop.jupyter.clean_save import EXTENSION, is_kit_notebook, keep_kit_notebooks_clean

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import build_notebooks as BUILDER  # noqa: E402

CONFIG_FILE = CONFIG_DIR / "jupyter_server_config.d" / "job-value-workshop.json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _as_after_a_session(name: str) -> dict:
    """The notebook ``name`` as JupyterLab sends it after a participant ran it: outputs with a
    participant's data and widget views, counts, widget state, the kernel's language_info."""
    nb = json.loads(json.dumps(BUILDER.build(name)))
    for i, cell in enumerate(c for c in nb["cells"] if c["cell_type"] == "code"):
        cell["execution_count"] = i + 1
        cell["outputs"] = [
            {"output_type": "display_data", "metadata": {},
             "data": {"text/plain": "1. Support Team Lead, Tallyfox Software: 84.0",
                      WIDGET_VIEW: {"model_id": "abc123", "version_major": 2,
                                    "version_minor": 0}}}]
        cell["metadata"]["scrolled"] = True
        cell["metadata"]["execution"] = {"iopub.status.busy": "2026-12-05T01:00:00Z"}
    nb["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    nb["metadata"]["language_info"] = {"name": "python", "version": "3.11.2",
                                       "mimetype": "text/x-python"}
    return nb


@pytest.mark.parametrize("name", list(BUILDER.PAGES))
def test_a_kit_notebook_saved_after_a_session_is_the_committed_file(name):
    """Whatever a session added, the kit's notebook is saved byte for byte as committed."""
    model = {"type": "notebook", "content": _as_after_a_session(name)}
    keep_kit_notebooks_clean(model=model, path=f"notebooks/{name}.ipynb", contents_manager=None)
    saved = nbformat.writes(nbformat.from_dict(model["content"])) + "\n"
    assert saved == BUILDER.notebook_path(name).read_text(encoding="utf-8")
    assert "Tallyfox" not in saved and "widget-state" not in saved


@pytest.mark.parametrize("path", sorted((ROOT / "notebooks").rglob("*.ipynb")),
                         ids=lambda p: p.name)
def test_every_notebook_the_kit_ships_is_its_own_and_committed_without_a_run(path):
    """Every notebook in notebooks/ (the facilitator's class dashboard too) carries the kit's
    mark, so a facilitator's JupyterLab saves it as committed, and is committed with no outputs:
    a run's figures, a class's share folder or a temporary path never land in the tracked file."""
    content = json.loads(path.read_text(encoding="utf-8"))
    assert is_kit_notebook(content, str(path)), path
    code = [c for c in content["cells"] if c["cell_type"] == "code"]
    assert code and all(not c["outputs"] and c["execution_count"] is None for c in code), path


def test_what_the_participant_typed_into_a_kit_notebook_is_saved():
    """The hook removes a session's traces, never the participant's own text in a cell."""
    nb = _as_after_a_session("01_list_your_jobs")
    nb["cells"][0]["source"] += "\n\nMy note: ask Sam about the dates."
    model = {"type": "notebook", "content": nb}
    keep_kit_notebooks_clean(model=model, path="01_list_your_jobs.ipynb")
    assert model["content"]["cells"][0]["source"].endswith("ask Sam about the dates.")
    assert all(not c.get("outputs") for c in model["content"]["cells"])


@pytest.mark.parametrize("path", ["notebooks/my_copy_of_04.ipynb",
                                  "04_find_your_strongest_role-Copy1.ipynb"])
def test_a_copy_under_another_name_is_the_participants_own_and_kept_whole(path):
    """A kit notebook saved under another name (Save As, Duplicate) keeps its outputs."""
    nb = _as_after_a_session("04_find_your_strongest_role")
    model = {"type": "notebook", "content": copy.deepcopy(nb)}
    keep_kit_notebooks_clean(model=model, path=path)
    assert model["content"] == nb


def test_a_notebook_without_the_kits_mark_and_other_files_are_saved_untouched():
    """A participant's own notebook, a text file and a broken model pass through unchanged."""
    nb = _as_after_a_session("00_start_here")
    del nb["metadata"]["job_value_workshop"]
    for model in ({"type": "notebook", "content": nb}, {"type": "file", "content": "x"},
                  {"type": "notebook", "content": None}, {"type": "notebook"}):
        before = copy.deepcopy(model)
        keep_kit_notebooks_clean(model=model, path="00_start_here.ipynb")
        assert model == before
    assert not is_kit_notebook({"metadata": {"job_value_workshop": "yes"}}, "00_start_here.ipynb")


def test_the_kit_configuration_names_the_hook_and_installs_it_for_every_server():
    """The JSON config enables the kit's server extension, which registers the hook; the wheel
    installs it into ``<prefix>/etc/jupyter`` (read by Binder's and a hub's servers), and
    ``workshop lab`` finds it on its own ``JUPYTER_CONFIG_PATH``."""
    config = json.loads(CONFIG_FILE.read_text(encoding="utf-8"))
    assert config == {"ServerApp": {"jpserver_extensions": {EXTENSION: True}}}
    assert importlib.import_module(EXTENSION)._jupyter_server_extension_points() == \
        [{"module": EXTENSION}]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shared = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["shared-data"]
    source = CONFIG_FILE.relative_to(ROOT).as_posix()
    assert shared[source] == "etc/jupyter/jupyter_server_config.d/job-value-workshop.json"
    assert str(CONFIG_DIR) in lab_environment({})["JUPYTER_CONFIG_PATH"]


def test_a_jupyter_server_with_the_kits_extension_saves_its_notebook_clean(tmp_path):
    """jupyter_server's own contents manager, with the hook the extension registers, writes a
    kit notebook without outputs and another notebook with them."""
    from types import SimpleNamespace

    from jupyter_server.services.contents.filemanager import FileContentsManager

    manager = FileContentsManager(root_dir=str(tmp_path))
    log = SimpleNamespace(info=lambda *args: None)
    importlib.import_module(EXTENSION)._load_jupyter_server_extension(
        SimpleNamespace(contents_manager=manager, log=log))
    name = "03_rate_company_results.ipynb"
    manager.save({"type": "notebook", "format": "json",
                  "content": _as_after_a_session("03_rate_company_results")}, name)
    manager.save({"type": "notebook", "format": "json",
                  "content": _as_after_a_session("03_rate_company_results")}, "mine.ipynb")
    assert (tmp_path / name).read_text(encoding="utf-8") == \
        BUILDER.notebook_path("03_rate_company_results").read_text(encoding="utf-8")
    assert "Tallyfox" in (tmp_path / "mine.ipynb").read_text(encoding="utf-8")


def test_the_environments_jupyter_server_lists_the_kits_extension_as_enabled(tmp_path):
    """``jupyter server extension list`` in the kit's environment, with no configuration but
    the environment's own (as on Binder or a hub, where the kit is installed), names the
    extension as enabled and valid."""
    import re
    import subprocess

    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter-config")}
    listed = subprocess.run([sys.executable, "-m", "jupyter", "server", "extension", "list"],
                            capture_output=True, text=True, timeout=120, env=env)
    text = re.sub(r"\x1b\[[0-9;]*m", "", listed.stdout + listed.stderr)
    assert re.search(rf"{re.escape(EXTENSION)} enabled", text), text
    assert re.search(rf"{re.escape(EXTENSION)}\s+OK", text), text


def test_the_language_info_a_kit_notebook_is_opened_with_is_the_kernels():
    """What ``as_opened`` puts in is exactly what ipykernel's kernel_info reply says of its
    language on this Python: JupyterLab then has nothing to write when the kernel starts.
    (Asked in a process of its own: importing ipykernel here would give every later widget
    test a kernel's comms instead of the dummy ones they count messages on.)"""
    import subprocess

    from workshop.jupyter.clean_save import kernel_language_info

    said = subprocess.run([sys.executable, "-c", "import json; from ipykernel.ipkernel import "
                           "IPythonKernel; print(json.dumps(IPythonKernel.language_info))"],
                          capture_output=True, text=True, timeout=120, check=True).stdout
    assert kernel_language_info() == json.loads(said)


def test_a_jupyter_server_with_the_kits_extension_opens_a_kit_notebook_unchanged(tmp_path):
    """The async contents manager JupyterLab uses sends a kit notebook with the kernel's
    language_info, the file on disk untouched; a participant's own notebook and a kit
    notebook copied under another name are sent as they are."""
    import asyncio
    import shutil
    from types import SimpleNamespace

    from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager

    from workshop.jupyter.clean_save import kernel_language_info

    name = "00_start_here.ipynb"
    shutil.copyfile(BUILDER.notebook_path("00_start_here"), tmp_path / name)
    shutil.copyfile(BUILDER.notebook_path("00_start_here"), tmp_path / "mine.ipynb")
    before = (tmp_path / name).read_bytes()
    manager = AsyncLargeFileManager(root_dir=str(tmp_path))
    log = SimpleNamespace(info=lambda *args: None)
    for _ in range(2):  # loaded twice (a server restarted in-process): wrapped once
        importlib.import_module(EXTENSION)._load_jupyter_server_extension(
            SimpleNamespace(contents_manager=manager, log=log))

    async def opened(path: str) -> dict:
        return (await manager.get(path, content=True, type="notebook"))["content"]

    kit, mine = asyncio.run(opened(name)), asyncio.run(opened("mine.ipynb"))
    assert kit["metadata"]["language_info"] == kernel_language_info()
    assert mine["metadata"]["language_info"] == {"name": "python"}
    assert (tmp_path / name).read_bytes() == before
    asyncio.run(manager.save({"type": "notebook", "format": "json", "content": kit}, name))
    assert (tmp_path / name).read_bytes() == before  # saved back as committed
