"""The kit's widgets: one composite widget per notebook step.

Each factory opens the kernel's shared session (the saved workspace) when none is given and
returns the widget for the notebook to show.
"""

from .ratings import (
    RatingControl,
    ResultsEditor,
    SkillGrowthEditor,
    results_editor,
    skill_growth_editor,
)

__all__ = [
    "RatingControl",
    "SkillGrowthEditor",
    "ResultsEditor",
    "skill_growth_editor",
    "results_editor",
]
