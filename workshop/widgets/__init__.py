"""The kit's widgets: one composite widget per notebook step.

Each factory opens the kernel's shared session (the saved workspace) when none is given and
returns the widget for the notebook to show:

    start_panel()            00 start here: begin, load, persona, target role, undo, download
    role_editor()            01 list your jobs: add, edit, reorder, remove, import
    skill_growth_editor()    02 rate skill growth: skills, levels, used later, rating, enjoyment
    results_editor()         03 rate company results: results, numbers, two ratings
    strongest_role_view()    04 find your strongest role: table, charts, explanation, weights
    answer_studio()          05 draft your answer: draft, check, answer card, share
    demo_app()               facilitator demo: the whole flow on a sample persona, one page
    live_view(table)         a table or text of ``workshop.notebook`` that follows the workspace

Every view has a ``driver`` that clicks, types and reads it the way a participant does (tests
and scripts use it instead of the view's private children): ``Driver`` (``testing.py``) finds
controls by their labels and reads the message; each view's own subclass (``StartDriver``,
``RoleEditorDriver``, ``RoleListDriver`` with ``RowDriver`` for 02 and 03, ``RatingDriver``,
``StrongestDriver``, ``AnswerDriver``, ``DemoDriver``) adds what only that view shows.
"""

from .answer import AnswerDriver, AnswerStudio, answer_studio
from .demo import DemoApp, DemoDriver, demo_app
from .live import LiveView, live_view
from .rating import RatingControl
from .results import ResultsEditor, results_editor
from .role_list import RoleListDriver, RowDriver
from .roles import RoleEditor, RoleEditorDriver, role_editor
from .skills import SkillGrowthEditor, skill_growth_editor
from .start import StartDriver, StartPanel, start_panel
from .strongest import StrongestDriver, StrongestRoleView, strongest_role_view
from .testing import Driver, RatingDriver

__all__ = [
    "StartPanel",
    "RoleEditor",
    "RatingControl",
    "SkillGrowthEditor",
    "ResultsEditor",
    "StrongestRoleView",
    "AnswerStudio",
    "DemoApp",
    "LiveView",
    "start_panel",
    "role_editor",
    "skill_growth_editor",
    "results_editor",
    "strongest_role_view",
    "answer_studio",
    "demo_app",
    "live_view",
    "Driver",
    "StartDriver",
    "RoleEditorDriver",
    "RatingDriver",
    "RoleListDriver",
    "RowDriver",
    "StrongestDriver",
    "AnswerDriver",
    "DemoDriver",
]
