"""The public surface, pinned: ``workshop.__all__`` and each public subpackage's ``__all__`` are
exactly the names below, so a name added, renamed or dropped by accident fails here.

Changing the surface on purpose means changing the list here too, in the same commit (and saying
so in the changelog): notebooks, the CLI and facilitators' own cells import these names.
"""

from __future__ import annotations

import importlib

import pytest

SURFACE = {
    "workshop": [
        "Workspace", "WorkshopError", "open_session", "read_workspace", "import_file", "rank",
        "draft_answer", "check_answer", "build_report", "__version__",
    ],
    "workshop.widgets": [
        "StartPanel", "RoleEditor", "RatingControl", "SkillGrowthEditor", "ResultsEditor",
        "StrongestRoleView", "AnswerStudio", "DemoApp", "start_panel", "role_editor",
        "skill_growth_editor", "results_editor", "strongest_role_view", "answer_studio",
        "demo_app", "LiveView", "live_view", "Driver", "StartDriver", "RoleEditorDriver",
        "RatingDriver", "RoleListDriver", "RowDriver", "StrongestDriver", "AnswerDriver",
        "DemoDriver",
    ],
    "workshop.importers": [
        "MAX_IMPORT_BYTES", "MAX_IMPORT_ROWS", "LINKEDIN_COLUMNS", "ImportNote", "ImportReport",
        "Imported", "import_bytes_with_report", "import_file", "import_with_report",
        "parse_json_resume",
        "parse_linkedin_csv",
    ],
    # the class dashboard notebook, `workshop class` and facilitators' scripts use these
    "workshop.classroom": [
        "EXPORT_KIND", "EXPORT_VERSION", "MAX_EXPORT_BYTES", "SCORE_BINS", "STAGES",
        "OTHER_SKILL", "MIN_PARTICIPANTS_PER_SKILL", "CHART_FILES", "CHART_TITLES",
        "ClassSummary", "ExportRecord", "TeachingSignal", "check_export", "read_export",
        "read_folder", "folder_listing", "summarise_exports", "summarise_folder",
        "sample_summary", "dashboard_summary", "summary_to_dict",
        "teaching_signals", "key_figures", "summary_frame", "render_summary_text",
        "render_summary_html", "render_signals_html", "skills_note", "chart_tables",
        "chart_frames", "class_figures", "plot_progress", "plot_score_distribution",
        "plot_answer_gaps", "plot_pitfalls", "plot_skills_grown", "plot_families_grown",
        "plot_shares", "write_class_charts",
    ],
}


@pytest.mark.parametrize("module_name", sorted(SURFACE))
def test_the_public_names_are_exactly_the_pinned_ones(module_name):
    """A package's ``__all__`` lists exactly the pinned names, each once."""
    module = importlib.import_module(module_name)
    exported = list(module.__all__)
    assert len(exported) == len(set(exported)), "a name is listed twice in __all__"
    assert sorted(exported) == sorted(SURFACE[module_name])


@pytest.mark.parametrize("module_name", sorted(SURFACE))
def test_every_public_name_can_be_imported(module_name):
    """Every name in ``__all__`` resolves, as ``from package import name`` would need."""
    module = importlib.import_module(module_name)
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert missing == []


def test_the_top_package_exports_the_subpackages_own_objects():
    """``workshop.import_file`` is the importers' own function, not a copy or a wrapper."""
    import workshop
    import workshop.importers

    assert workshop.import_file is workshop.importers.import_file
