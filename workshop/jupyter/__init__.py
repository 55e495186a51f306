"""The kit's own Jupyter configuration, in one folder: JupyterLab asks nothing of the network.

``labconfig/page_config.json`` turns off JupyterLab's announcements plugin (the news feed and
the update check, which would otherwise ask the internet on first open). ``lab_environment()``
adds this folder to ``JUPYTER_CONFIG_PATH`` for a JupyterLab the kit starts (``workshop lab``,
the browser tests); the server side is switched off too by ``LAB_ARGS``.

``jupyter_server_config.d/job-value-workshop.json`` enables the kit's server extension
(``clean_save.py``, a pre-save hook): the kit's tracked notebooks are saved without a
participant's outputs or widget state. The same file is installed into ``<prefix>/etc/jupyter``
with the kit, so a server started any other way in that environment (Binder, a hub) reads it
too.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from .. import config

__all__ = ["CONFIG_DIR", "LAB_ARGS", "lab_environment"]

CONFIG_DIR = Path(__file__).resolve().parent
LAB_ARGS = ("--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.news_url=None")


def lab_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """``environ`` (default: this process's) with the kit's config folder first on
    ``JUPYTER_CONFIG_PATH``."""
    env = dict(config.environment() if environ is None else environ)
    paths = [p for p in env.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep) if p]
    if str(CONFIG_DIR) not in paths:
        paths.insert(0, str(CONFIG_DIR))
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(paths)
    return env
