"""Downloads straight from the page, and files chosen for upload.

A download is a link whose bytes travel inside it (a data: URL), so it works the same in
JupyterLab, Voila and on Binder, with no server route and no network.
"""

from __future__ import annotations

import ipywidgets as w

from .messages import esc

__all__ = ["download_link", "workspace_bytes", "workspace_download", "read_upload"]


def download_link(filename: str, data: bytes, label: str,
                  mime: str = "application/octet-stream") -> str:
    """HTML for a link that downloads ``data`` as ``filename`` straight from the page.

    The bytes travel inside the link (a data: URL), so it works the same in JupyterLab, Voila and
    on Binder, with no server route and no network.
    """
    import base64

    payload = base64.b64encode(data).decode("ascii")
    return (f'<a class="workshop-download" download="{esc(filename)}" '
            f'href="data:{esc(mime)};base64,{payload}" '
            'style="display:inline-block;padding:4px 10px;border:1px solid #333;'
            f'border-radius:4px;text-decoration:none;margin:2px">⬇ {esc(label)}</a>')


def workspace_bytes(session) -> bytes:
    """The saved workspace file as it is on disk now (what a download must hand over); the
    session's workspace when nothing is saved yet."""
    from ..errors import WorkshopError
    from ..fileio import read_regular
    from ..store import MAX_WORKSPACE_BYTES, dumps

    try:  # bounded: a file swapped for a pipe meanwhile can't freeze the kernel
        return read_regular(session.path, MAX_WORKSPACE_BYTES)
    except (OSError, WorkshopError):
        return dumps(session.workspace)


def workspace_download(session, label: str = "Download my workspace file") -> str:
    """A download link for the saved workspace file, made from the file as it is now."""
    return download_link(session.path.name, workspace_bytes(session), label, "application/json")


def read_upload(upload: w.FileUpload, change,
                default_name: str = "file") -> tuple[str, bytes] | None:
    """The (name, bytes) of the file just chosen in ``upload``, or ``None``; the control is
    emptied so that the same file can be chosen again after fixing it."""
    files = change["new"]
    if not files:
        return None
    item = files[0]
    name = str(item.get("name") or default_name)
    raw = bytes(item.get("content") or b"")
    upload.value = ()
    return name, raw
