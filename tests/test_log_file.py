"""The kit's log file: error details go to ``workshop.log`` beside the workspace, and a log
call never raises into the kit when that folder has gone (a demo's temporary folder removed
when the app closes, a folder deleted by hand)."""

from __future__ import annotations

import logging
import shutil

import pytest

from workshop.widgets.demo import DemoApp
from workshop.widgets.messages import LOG_NAME, attach_log_file, detach_log_file


@pytest.fixture
def kit_logger():
    """The kit's logger as the test found it, put back afterwards."""
    root = logging.getLogger("workshop")
    handlers, propagate = list(root.handlers), root.propagate
    yield root
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.propagate = propagate


def _files(root: logging.Logger) -> list[str]:
    return [h.baseFilename for h in root.handlers if isinstance(h, logging.FileHandler)]


def test_details_go_to_the_log_file_beside_the_workspace(tmp_path, kit_logger) -> None:
    path = attach_log_file(tmp_path)
    logging.getLogger("workshop.store").error("the disk said no")
    assert path == tmp_path / LOG_NAME
    assert "the disk said no" in path.read_text(encoding="utf-8")


def test_a_log_call_after_its_folder_is_removed_does_not_raise(tmp_path, kit_logger) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    attach_log_file(folder)
    shutil.rmtree(folder)
    logging.getLogger("workshop.store").error("written nowhere")  # must not raise
    assert str(folder / LOG_NAME) not in _files(kit_logger)
    assert not folder.exists()  # the handler did not make the folder again


def test_detaching_a_folder_stops_writing_there_and_keeps_the_others(tmp_path, kit_logger) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    attach_log_file(one)
    attach_log_file(two)
    detach_log_file(one)
    logging.getLogger("workshop.store").error("only in two")
    assert not (one / LOG_NAME).exists()
    assert "only in two" in (two / LOG_NAME).read_text(encoding="utf-8")


def test_a_closed_demo_leaves_no_log_file_behind_in_the_kit(kit_logger) -> None:
    app = DemoApp()
    folder = app.path.parent
    assert str(folder / LOG_NAME) in _files(kit_logger)
    app.close()
    assert not folder.exists()
    assert str(folder / LOG_NAME) not in _files(kit_logger)
    logging.getLogger("workshop.session").error("after the demo closed")  # must not raise
