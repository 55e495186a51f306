"""Hostile participant text: wherever the kit shows what a participant typed, it is escaped, and
it reads back exactly as typed.

The text comes from ``helpers_hostile``: ``<script>``, an ``<img onerror>``, quotes and ``&``,
Markdown link syntax, Arabic and Hebrew, combining characters, emoji with zero-width joiners,
bidirectional overrides, and strings as long as the model allows (a 10,000-character answer).
"""

from __future__ import annotations

import csv
import html
import importlib
import inspect
import io
import json
import pkgutil
import re

import helpers_hostile as H
import ipywidgets as w
import pytest

from workshop.fileio import write_file
from workshop.model import Workspace
from workshop.report import build_report, render
from workshop.session import Session
from workshop.store import dumps, read_workspace
from workshop.tables import frame_to_csv, roles_frame


@pytest.fixture(scope="module")
def hostile() -> Workspace:
    return H.hostile_workspace()


@pytest.fixture(scope="module")
def report(hostile) -> dict:
    return build_report(hostile)


PAGE = {"style", "meta"}  # a whole page has its own <meta charset> and <style>


def hostile_session(tmp_path) -> Session:
    """A session on a fresh copy of the hostile workspace file."""
    path = tmp_path / "ws.json"
    write_file(path, dumps(H.hostile_workspace()))
    return Session.open(path)


# --- the workspace file itself -----------------------------------------------------------------


def test_hostile_text_survives_a_save_and_a_load(tmp_path, hostile):
    """Saving and loading keeps every character the participant typed, byte for byte."""
    path = tmp_path / "ws.json"
    write_file(path, dumps(hostile))
    again = read_workspace(path)
    assert again.to_dict() == hostile.to_dict()
    assert H.participant_strings(again) == H.participant_strings(hostile)
    assert len(again.answer.text) == 10_000


# --- the HTML answer card -----------------------------------------------------------------------


def test_html_report_has_no_markup_from_the_participant(report):
    """The HTML answer card has no script, no event handler and no element the participant typed."""
    page = render(report, "html")
    audit = H.audit_html(page, allowed_tags=PAGE)
    assert audit.problems == []
    assert set(audit.tags) <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p",
                               "strong", "em", "ul", "li", "table", "thead", "tbody", "tr",
                               "th", "td", "blockquote", "span"}
    assert "onerror=alert(1)>" not in page  # only its escaped form, ending in &gt;


def test_html_report_shows_the_text_as_typed(report, hostile):
    """A reader of the HTML card sees titles, organisations, goals and the answer as typed."""
    page = render(report, "html")
    seen = H.shown_text(page)
    assert "&lt;script" not in seen, "text was escaped twice"
    ranked = {row["role_id"] for row in report["ranking"]}
    for role in hostile.roles:
        assert role.title in seen
        if role.id in ranked and role.organization:
            assert role.organization in seen
    for goal in hostile.target_role.goals:
        assert goal in seen
    assert hostile.target_role.title in seen
    assert hostile.answer.text in seen
    assert H.unescaped(page).count(H.SCRIPT) >= 3


def test_html_report_escapes_text_echoed_in_check_messages():
    """Goals and pitfall phrases quoted back by the answer check are escaped in the HTML card."""
    ws = Workspace.from_dict({
        "target_role": {"title": "Ops", "goals": [H.SCRIPT, H.IMG]},
        "roles": [{"id": "r1", "title": "Clerk", "ratings": {"skill_growth": 3,
                                                              "company_results": 3,
                                                              "relevance": 3}}],
        "answer": {"role_id": "r1", "text": f"It was so much fun {H.IMG} and the perks {H.SCRIPT}"},
    })
    page = render(build_report(ws), "html")
    assert H.audit_html(page, allowed_tags=PAGE).problems == []
    assert H.SCRIPT in H.shown_text(page)


def test_cli_html_report_is_escaped(tmp_path, capsys):
    """`workshop report --format html` on a hostile file prints an escaped page and exits 0."""
    from workshop.cli import main

    path = tmp_path / "ws.json"
    write_file(path, dumps(H.hostile_workspace()))
    assert main(["report", str(path), "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert H.audit_html(out, allowed_tags=PAGE).problems == []
    assert H.SCRIPT in H.shown_text(out)


# --- the Markdown answer card -------------------------------------------------------------------


def _markdown_source_text(md: str) -> str:
    """What the Markdown says once its backslash escapes and HTML entities are read."""
    return html.unescape(re.sub(r"\\(.)", r"\1", md))


def test_markdown_card_has_no_raw_html_or_links(report):
    """The Markdown card carries no raw `<script`/`<img`, and no link the participant typed."""
    md = render(report, "markdown")
    assert not re.search(r"<\s*(script|img)", md, re.I)
    assert "onerror=alert(1)>" not in md
    assert not re.search(r"(?<!\\)\]\(javascript:", md)


def test_markdown_card_keeps_the_text_as_typed(report, hostile):
    """Read back (escapes undone), the Markdown card holds every title, goal and the answer."""
    text = _markdown_source_text(render(report, "markdown"))
    for role in hostile.roles:
        assert role.title in text
    for goal in hostile.target_role.goals:
        assert goal in text
    assert hostile.answer.text in text


def test_markdown_card_rendered_to_html_is_safe(report, hostile):
    """Rendered by a Markdown engine that lets raw HTML through, the card still has no script,
    no event handler and no javascript: link, and shows the text as typed."""
    mistune = pytest.importorskip("mistune")
    page = mistune.create_markdown(escape=False, plugins=["table"])(render(report, "markdown"))
    audit = H.audit_html(page)
    assert audit.problems == []
    assert "a" not in audit.tags
    seen = H.shown_text(page)
    assert hostile.roles[0].title in seen
    assert H.MD_LINK in seen


# --- CSV export ---------------------------------------------------------------------------------


def _csv_cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_neutralises_formulas_in_every_text_cell():
    """Titles, organisations and ids starting with = + - @ are exported with a leading quote,
    so a spreadsheet shows them as text instead of running them."""
    ws = H.formula_workspace()
    rows = _csv_cells(frame_to_csv(roles_frame(ws, parts=True)))
    header, body = rows[0], rows[1:]
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (cell, row)
    titles = [r[header.index("title")] for r in body]
    for text in H.FORMULAS:
        assert "'" + text in titles
    ids = {r[0] for r in body}
    assert {"'" + role.id for role in ws.roles} == ids


def test_csv_keeps_hostile_text_intact(hostile):
    """The CSV of the hostile workspace reads back to exactly the titles and organisations typed."""
    rows = _csv_cells(frame_to_csv(roles_frame(hostile)))
    header, body = rows[0], rows[1:]
    titles = {r[header.index("title")] for r in body}
    orgs = {r[header.index("organization")] for r in body}
    assert {r.title for r in hostile.roles} == titles
    assert {r.organization for r in hostile.roles} == orgs
    assert {r.id for r in hostile.roles} == {r[0] for r in body}


# --- the anonymised export ----------------------------------------------------------------------


def test_share_export_holds_no_participant_text(hostile):
    """The class export of a hostile workspace holds none of the text the participant typed
    (the full field-by-field check is in test_privacy.py)."""
    from workshop.share import export_dict

    export = export_dict(hostile)
    export.pop("export_id")  # random hex: it may hold "2016" by chance
    dumped = json.dumps(export, ensure_ascii=False)
    assert "<" not in dumped and ">" not in dumped
    for text in H.participant_strings(hostile):
        if len(text) >= 4 and text != "scheduling":
            assert text not in dumped


# --- the widget base ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", H.HOSTILE)
def test_message_escapes_what_it_shows(text):
    """A widget message shows participant text as text, not markup."""
    from workshop.widgets.messages import Message

    msg = Message()
    msg.show(f"'{text}' is too long", "error")
    assert H.audit_html(msg.value).problems == []
    assert text in H.shown_text(msg.value)


def test_download_link_escapes_its_file_name_and_label():
    """A download link named after participant text can't break out of its attribute."""
    from workshop.widgets.downloads import download_link

    link = download_link(f'{H.IMG}".json', b"{}", H.SCRIPT, mime='text/html" onclick="x')
    audit = H.audit_html(link)
    assert audit.problems == []
    assert audit.tags == ["a"]
    assert H.SCRIPT in H.shown_text(link)


# --- every widget of the kit --------------------------------------------------------------------


def widget_factories() -> list[tuple[str, object]]:
    """Every public ``name(session=None)`` factory in ``workshop.widgets`` (as modules land)."""
    import workshop.widgets as pkg

    found = []
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"workshop.widgets.{info.name}")
        for name in getattr(module, "__all__", []):
            obj = getattr(module, name, None)
            if not inspect.isfunction(obj):
                continue
            params = list(inspect.signature(obj).parameters)
            returns = str(inspect.signature(obj).return_annotation)
            if params and params[0] == "session" and returns not in ("Path", "str", "dict"):
                found.append((f"{info.name}.{name}", obj))
    return found


def walk(widget, seen=None):
    """Every widget reachable from ``widget``: its children and its private widget attributes."""
    seen = set() if seen is None else seen
    if id(widget) in seen:
        return
    seen.add(id(widget))
    yield widget
    kids = list(getattr(widget, "children", ()) or ())
    for value in getattr(widget, "__dict__", {}).values():
        if isinstance(value, w.Widget):
            kids.append(value)
        elif isinstance(value, list | tuple | dict):
            items = value.values() if isinstance(value, dict) else value
            kids.extend(v for v in items if isinstance(v, w.Widget))
    for kid in kids:
        if isinstance(kid, w.Widget):
            yield from walk(kid, seen)


def html_values(widget) -> list[tuple[str, str]]:
    """(where, HTML) for every HTML a widget tree hands to the browser."""
    out = []
    for node in walk(widget):
        name = type(node).__name__
        if isinstance(node, w.HTML | w.HTMLMath):
            out.append((name, node.value))
        if isinstance(node, w.Output):
            for item in node.outputs:
                data = item.get("data", {}) if isinstance(item, dict) else {}
                if "text/html" in data:
                    out.append((f"{name} output", data["text/html"]))
        if getattr(node, "description_allow_html", False):
            out.append((f"{name} description", node.description))
    return out


def plain_values(widget) -> str:
    """Text shown as plain text: labels, field values, option labels, descriptions."""
    parts = []
    for node in walk(widget):
        if isinstance(node, w.Label | w.Text | w.Textarea):
            parts.append(str(node.value))
        if isinstance(node, w.widgets.widget_selection._Selection):
            parts.extend(str(label) for label in node._options_labels)
        if isinstance(node, w.Output):
            for item in node.outputs:
                data = item.get("data", {}) if isinstance(item, dict) else {}
                parts.append(str(data.get("text/plain", "")))
                parts.append(str(item.get("text", "")) if isinstance(item, dict) else "")
    return "\n".join(parts)


def assert_safe(widget, where: str) -> str:
    """No HTML of the widget carries participant markup; returns all the text it shows."""
    shown = []
    for kind, value in html_values(widget):
        audit = H.audit_html(value)
        assert audit.problems == [], f"{where}: {kind} shows {audit.problems}: {value[:300]!r}"
        text = H.shown_text(value)
        assert "&lt;script" not in text and "&lt;img" not in text, \
            f"{where}: {kind} escapes participant text twice: {value[:300]!r}"
        shown.append(text)
    shown.append(plain_values(widget))
    return "\n".join(shown)


FACTORIES = widget_factories()
SHOWN: dict[str, str] = {}  # what each widget showed, for the last test


def test_widgets_have_landed():
    """There are widget factories to check (the walker below has something to walk)."""
    if not FACTORIES:
        pytest.skip("no widget module with a `name(session=None)` factory has landed yet")
    assert all(callable(f) for _, f in FACTORIES)


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
@pytest.mark.parametrize("name,factory", FACTORIES, ids=[n for n, _ in FACTORIES])
def test_widget_escapes_hostile_workspace(tmp_path, name, factory):
    """Built on a hostile workspace, and with every choice of its lists and dropdowns picked in
    turn, the widget shows no participant markup in any HTML."""
    session = hostile_session(tmp_path)
    widget = factory(session)
    if not isinstance(widget, w.Widget):
        pytest.skip(f"{name} does not build a widget")
    texts = [assert_safe(widget, name)]
    assert isinstance(repr(widget), str)  # text/plain: a notebook shows it as text, unparsed
    for node in list(walk(widget)):
        if isinstance(node, w.Dropdown | w.Select | w.RadioButtons | w.ToggleButtons) \
                and not node.disabled:
            for value in list(node._options_values)[:8]:
                node.value = value
                texts.append(assert_safe(widget, f"{name} with {type(node).__name__}={value!r}"))
    shown = "\n".join(texts)
    SHOWN[name] = shown
    if any(role.title in shown or role.title[:30] in shown
           for role in session.workspace.roles):
        # A widget that lists roles shows their titles as typed, not as entities.
        assert H.SCRIPT[:20] in shown or H.ARABIC in shown or H.IMG in shown


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
@pytest.mark.parametrize("name,factory", FACTORIES, ids=[n for n, _ in FACTORIES])
def test_widget_escapes_what_is_typed_and_echoed(tmp_path, name, factory):
    """With hostile text typed into every empty field, each button clicked in turn leaves only
    escaped HTML (messages, tables, previews), and the file on disk still loads."""
    session = hostile_session(tmp_path)
    widget = factory(session)
    if not isinstance(widget, w.Widget):
        pytest.skip(f"{name} does not build a widget")
    count = len([n for n in walk(widget) if isinstance(n, w.Button)])
    for i in range(count):
        buttons = [n for n in walk(widget) if isinstance(n, w.Button)]
        if i >= len(buttons):
            break
        for field in walk(widget):
            if isinstance(field, w.Text | w.Textarea) and not field.disabled and not field.value:
                field.value = H.SCRIPT if isinstance(field, w.Text) else f"{H.IMG}\n{H.SCRIPT}"
        if buttons[i].disabled:
            continue
        buttons[i].click()
        assert_safe(widget, f"{name} after clicking {buttons[i].description!r}")
        read_workspace(session.path)


def test_widgets_show_hostile_titles_somewhere(tmp_path):
    """Across the kit's widgets, a hostile role title is shown as typed (decoded), not mangled."""
    if not FACTORIES:
        pytest.skip("no widget has landed yet")
    shown = []
    for i, (name, factory) in enumerate(FACTORIES):
        if name not in SHOWN:  # run alone, without the test that fills SHOWN
            widget = factory(hostile_session(tmp_path / str(i)))
            SHOWN[name] = assert_safe(widget, name) if isinstance(widget, w.Widget) else ""
        shown.append(SHOWN[name])
    everything = "\n".join(shown)
    assert H.SCRIPT in everything or H.SCRIPT[:30] in everything
    assert H.ARABIC in everything


# --- charts -------------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
def test_charts_draw_hostile_titles_as_plain_text(hostile):
    """The notebook 04 charts draw titles holding $, backslashes, RTL text and emoji without
    error, and show a dollar title literally (not as mathtext)."""
    charts = pytest.importorskip("workshop.charts")
    from workshop.scoring import rank

    fig = charts.figure_strongest(rank(hostile))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=60)
    assert buffer.getvalue().startswith(b"\x89PNG")
    labels = [t.get_text() for ax in fig.axes for t in ax.texts + ax.get_yticklabels()
              + ax.get_xticklabels()]
    dollar_labels = [t for t in labels if "5k" in t]
    for label in dollar_labels:  # every $ is escaped, so matplotlib prints it as a $
        assert re.search(r"(?<!\\)\$", label) is None, label


# --- the class dashboard ------------------------------------------------------------------------


def crafted_export(**changes) -> dict:
    """A class export as a hostile participant could hand-edit it before sharing."""
    data = {
        "kind": "job-value-workshop/class-export", "export_version": 1,
        "export_id": "0123456789abcdef0123456789abcdef", "goal_count": 1, "role_count": 1,
        "ranked_count": 1,
        "roles": [{"rank": 1, "score": 70.0,
                   "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 3},
                   "enjoyment": 2,
                   "skills": [{"skill": H.SCRIPT, "before": "novice", "after": "expert",
                               "levels_grown": 4, "used_later": True},
                              {"skill": "=HYPERLINK(\"http://x\",\"y\")", "before": "novice",
                               "after": "competent", "levels_grown": 2, "used_later": False},
                              {"skill": "$x^2$ \\frac{1}{2}", "before": "novice",
                               "after": "competent", "levels_grown": 2, "used_later": False}],
                   "results": [{"quantified": True, "scope": "team"}]}],
        "strongest_is_most_enjoyed": False, "strongest_has_quantified_result": True,
        "answer": {"source": "participant", "words": 150, "seconds": 64, "passed": False,
                   "findings": {"pitfalls": False},
                   "pitfall_categories": [H.IMG, "@SUM(A1:A9)", "$fun$"]},
    }
    data.update(changes)
    return data


@pytest.fixture
def class_folder(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "one.json").write_text(json.dumps(crafted_export()))
    (folder / "two.json").write_text(json.dumps(crafted_export(export_id="ab" * 16)))
    (folder / f"{H.IMG}.json").write_text("not json")  # a skipped file with a hostile name
    (folder / '"><script>alert(1)<.json').write_text(json.dumps({"kind": H.SCRIPT}))
    return folder


def test_class_dashboard_html_escapes_crafted_exports(class_folder):
    """The class summary HTML escapes hostile file names and reasons from crafted exports."""
    classroom = pytest.importorskip("workshop.classroom")
    summary = classroom.summarise_folder(class_folder)
    assert summary.participants == 2 and len(summary.skipped) == 2
    page = classroom.render_summary_html(summary)
    assert H.audit_html(page).problems == []
    assert H.IMG + ".json" in H.shown_text(page)


def test_class_dashboard_charts_and_csv_are_safe(class_folder, tmp_path):
    """Charts of crafted exports draw ($ and backslashes as text), and their CSV tables
    neutralise formulas typed as skill names or pitfall categories."""
    classroom = pytest.importorskip("workshop.classroom")
    summary = classroom.summarise_folder(class_folder)
    written = classroom.write_class_charts(summary, tmp_path / "charts")
    assert written
    for table in (tmp_path / "charts").glob("*.csv"):
        for row in _csv_cells(table.read_text(encoding="utf-8")):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@")), (table.name, cell)


def test_cli_class_is_safe_on_crafted_exports(class_folder, tmp_path, capsys):
    """`workshop class FOLDER -o OUT` on crafted exports exits 0 and writes safe CSV files."""
    from workshop.cli import main

    assert main(["class", str(class_folder), "-o", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    for table in (tmp_path / "out").glob("*.csv"):
        for row in _csv_cells(table.read_text(encoding="utf-8")):
            assert not any(c.startswith(("=", "+", "-", "@")) for c in row)


def test_the_widget_walker_finds_hidden_raw_markup():
    """The walker reaches private, not-yet-shown children, and flags raw participant markup."""

    class Leaky(w.VBox):
        def __init__(self):
            super().__init__([w.HTML("<b>fine</b>")])
            self._hidden = [w.HTML(f"<p>{H.IMG}</p>")]

    with pytest.raises(AssertionError, match="event handler"):
        assert_safe(Leaky(), "leaky")
    safe = Leaky()
    safe._hidden[0].value = f"<p>{html.escape(H.IMG)}</p>"
    assert H.IMG in assert_safe(safe, "safe")
