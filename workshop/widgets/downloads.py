"""Downloads straight from the page, and files chosen for upload.

A download is a link whose bytes travel inside it (a data: URL), so it works the same in
JupyterLab, Voila and on Binder, with no server route and no network.

``WorkspaceDownload`` makes the workspace file's link only when the participant asks for it
(its button), from the file as saved at that moment: a link holds the whole file, base64, so
building it on every change would send the file to the browser at every rating click (23 KB
for 5 roles, 67 KB for 20). A change after the link was made takes the link away and says to
ask again, so an older file is never handed over.
"""

from __future__ import annotations

import ipywidgets as w

from .messages import Message, esc, guarded

__all__ = ["download_link", "workspace_bytes", "workspace_download", "WorkspaceDownload",
           "GET_WORKSPACE", "read_upload"]


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


GET_WORKSPACE = "Get my workspace file"
_ASK_AGAIN = ("<p class='workshop-link-old' style='margin:2px 0'>ℹ Your workspace changed "
              f"after the link was made: press <b>{GET_WORKSPACE}</b> for the file as it is "
              "now.</p>")


class WorkspaceDownload(w.VBox):
    """The button that makes the workspace file's download link, and the link (see the module
    docstring). ``follow()`` (a view's redraw) takes a link away once the workspace changed;
    ``before`` runs first at each press (the answer studio saves the text in its box)."""

    def __init__(self, session, *, before=None, message: Message | None = None) -> None:
        self._session = session
        self._before = before
        self._message = message  # where a refusal is said (the owner's message area)
        self._linked = None  # the workspace the link holds, while a link is shown
        self.button = w.Button(description=GET_WORKSPACE,
                               tooltip="Make a download link of your workspace file as it is "
                                       "saved now", layout=w.Layout(width="auto"))
        self.button.on_click(self._on_press)
        self.link = w.HTML()
        super().__init__([self.button, self.link])

    @guarded("_message")
    def _on_press(self, _button=None) -> None:
        self.make()

    def make(self) -> None:
        """Put the link of the file as saved now in place."""
        if self._before is not None:
            self._before()
        self._linked = self._session.workspace
        self.link.value = workspace_download(self._session)

    def follow(self) -> None:
        """Take the link away once the session's workspace is not the one it holds."""
        if self._linked is not None and self._linked is not self._session.workspace:
            self._linked = None
            self.link.value = _ASK_AGAIN


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
