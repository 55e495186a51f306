"""The workspace as plain Python records: roles, skills, results, ratings, target role, answer.

Field names are exactly those of the workspace file (see ``workshop/schema/workspace.schema.json``);
validation happens where a record is made, and every error names the field that is wrong. Each
field is checked by ``workshop.fields`` (the limits, dates and one checker per kind of value);
this module puts the fields together into records and checks what spans several of them.
No widgets, no pandas, no matplotlib here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from .errors import NotFoundError, ValidationError
from .fields import (
    MAX_ITEMS,
    MAX_LONG_TEXT,
    choice_field,
    date_field,
    encodes,
    ends_before,
    list_field,
    names_field,
    number_field,
    object_field,
    rating_field,
    short,
    text_field,
)
from .typed_entries import SAID_KEY, nearest_kind, nearest_level, read_scope, read_value

__all__ = [
    "SCHEMA_VERSION",
    "LEVELS",
    "SCOPES",
    "ORGANIZATION_KINDS",
    "NUMBER_KINDS",
    "RATING_NAMES",
    "Skill",
    "Result",
    "Ratings",
    "Role",
    "TargetRole",
    "Answer",
    "Workspace",
    "new_role_id",
    "skill_key",
]

SCHEMA_VERSION = 5
LEVELS = ("novice", "advanced beginner", "competent", "proficient", "expert")
SCOPES = ("team", "department", "company", "customers")
# who felt a result, in the words people typed for a scope before they knew the four values
_SCOPE_HINT = ("team: your own team, crew or shift; department: a ward, shop, site, unit or "
               "class; company: the whole organisation, whatever kind; customers: clients, "
               "patients, pupils, guests or the public")
# What kind of organisation a role was at: it decides the words the draft uses for it.
ORGANIZATION_KINDS = ("company", "hospital", "school", "public service", "armed forces",
                      "non-profit", "client", "family")
# What a result's number is: how much something changed (by, or from ``from_value`` to
# ``value``), a count of things done, an amount (money, volume) or a level reached or held.
NUMBER_KINDS = ("change", "count", "amount", "level")
RATING_NAMES = ("skill_growth", "company_results", "relevance")


def new_role_id() -> str:
    """A role id that two kernels adding roles at the same moment won't both pick."""
    return "r" + uuid.uuid4().hex[:8]


# --- record helpers -------------------------------------------------------------------------


def _in_place(exc: ValidationError, prefix: str) -> ValidationError:
    return exc.located(field_prefix=prefix)


_SKILL_KEYS = frozenset({"name", "before", "after", "used_later", "how_far"})
_RESULT_KEYS = frozenset({"statement", "metric", "value", "unit", "scope", "scope_said", "kind",
                          "from_value", "period", "my_part", "enabled_by"})


def _read_kind(role: Role) -> None:
    """An organisation kind typed as people name it ("University", "charity") becomes the one
    kind it names, with a note saying so; anything else is left for the field's check."""
    typed = role.organization_kind
    if not isinstance(typed, str) or typed in ("", *ORGANIZATION_KINDS):
        return
    kind = nearest_kind(typed, ORGANIZATION_KINDS)
    if kind is not None:
        _set(role, "organization_kind", kind)
        if typed.strip().lower() != kind:
            _set(role, "read_notes", (*role.read_notes,
                                      f"'organization_kind' {short(typed)} read as '{kind}'."))


_ROLE_KEYS = frozenset({"id", "title", "organization", "start", "end", "summary", "skills",
                        "results", "ratings", "enjoyment", "organization_kind",
                        "personal_value"})


def _extra(data: dict, known: frozenset) -> dict:
    """Fields of a record this kit does not know: kept, so that saving never drops them."""
    return {k: v for k, v in data.items() if k not in known and isinstance(k, str)}


def _with_extra(out: dict, extra: dict) -> dict:
    for k, v in extra.items():
        out.setdefault(k, v)
    return out


def _set(record: object, name: str, value: object) -> None:
    """Set a field of a frozen record while it is being made (``__post_init__`` only)."""
    object.__setattr__(record, name, value)


def _records(items: Any, kind: type, key: str, limit: int | None = MAX_ITEMS) -> tuple:
    """A tuple of ``kind`` records (``skills``, ``results``, ``roles``), at most ``limit``."""
    if not isinstance(items, list | tuple):
        raise ValidationError(f"'{key}' should be a list, not {type(items).__name__}.", field=key)
    items = tuple(items)
    if limit is not None and len(items) > limit:
        raise ValidationError(f"'{key}' has {len(items)} entries; the most is {limit}.",
                              field=key)
    for i, item in enumerate(items):
        if not isinstance(item, kind):
            raise ValidationError(f"'{key}[{i}]' should be a {kind.__name__}, not "
                                  f"{type(item).__name__}.", field=f"{key}[{i}]")
    return items


def skill_key(name: str) -> str:
    """How a result's ``enabled_by`` names a skill: spaces collapsed and case ignored, so that
    "Data  analysis" names the skill "data analysis" (one rule for the check, the draft and
    practice)."""
    return " ".join(name.split()).casefold()


def _check_links(role: Role) -> None:
    """Every name in a result's ``enabled_by`` is one of the role's own skills."""
    known = {skill_key(s.name) for s in role.skills}
    for i, result in enumerate(role.results):
        for j, name in enumerate(result.enabled_by):
            if skill_key(name) in known:
                continue
            names = [s.name for s in role.skills]
            listed = ("it lists no skills yet" if not names else "its skills are "
                      + ", ".join(repr(n) for n in names[:6]) + (", ..." if len(names) > 6
                                                                else ""))
            raise ValidationError(
                f"result {i + 1} ({short(result.statement)}) says the skill {short(name)} made "
                f"it possible, but this role has no skill of that name ({listed}): add the "
                "skill to the role (notebook 02), or take it out of the result's 'made possible "
                "by' list (notebook 03).", field=f"results[{i}].enabled_by[{j}]")


# --- records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Skill:
    """A skill a role grew.

    Attributes:
        name: what the skill is ("scheduling").
        before: level at the start of the role, one of ``LEVELS``.
        after: level at the end of the role, one of ``LEVELS``.
        used_later: where the grown skill was used later and what it produced ("" if not yet).
        how_far: how far it grew in the participant's own words ("at first I could hardly read
            a manifest; a year later I planned the loads for the whole dock"), or "".
        extra: fields other tools added, kept as they are.
    """

    name: str
    before: str = "novice"
    after: str = "competent"
    used_later: str = ""
    how_far: str = ""
    extra: dict = field(default_factory=dict, repr=False)
    # how an entry typed with a slip was read ("'competant' read as 'competent'"), for the
    # report's notes (``typed_entries.entry_notes``); never saved
    read_notes: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        d = self.to_dict()
        _set(self, "name", text_field(d, "name", required=True, limit=200))
        notes = list(self.read_notes)
        for key in ("before", "after"):
            value = d.get(key)
            if value in LEVELS:
                continue
            level = nearest_level(value, LEVELS)
            if level is None:
                raise ValidationError(
                    f"'{key}' is {short(value)}; pick one of: {', '.join(LEVELS)}.", field=key)
            _set(self, key, level)
            if value.strip().lower() != level:
                notes.append(f"'{key}' {short(value)} read as '{level}'.")
        _set(self, "read_notes", tuple(notes))
        if LEVELS.index(self.after) < LEVELS.index(self.before):
            raise ValidationError(
                f"'after' ({self.after}) is below 'before' ({self.before}): a grown skill ends at "
                "the same level or higher.", field="after")
        _set(self, "used_later", text_field(d, "used_later"))
        _set(self, "how_far", text_field(d, "how_far"))
        _set(self, "extra", dict(self.extra))

    @property
    def levels_grown(self) -> int:
        """How many levels the skill moved up (0 to 4)."""
        return LEVELS.index(self.after) - LEVELS.index(self.before)

    @classmethod
    def from_dict(cls, data: Any) -> Skill:
        data = object_field(data, "A skill")
        return cls(name=data.get("name"), before=data.get("before", "novice"),
                   after=data.get("after", data.get("before", "novice")),
                   used_later=data.get("used_later") or "", how_far=data.get("how_far") or "",
                   extra=_extra(data, _SKILL_KEYS))

    def to_dict(self) -> dict:
        out = {"name": self.name, "before": self.before, "after": self.after,
               "used_later": self.used_later}
        if self.how_far:
            out["how_far"] = self.how_far
        return _with_extra(out, self.extra)



@dataclass(frozen=True)
class Result:
    """What the participant helped the organisation to achieve, in their words, with its number.

    Attributes:
        statement: the sentence in the participant's words ("I helped the company to cut
            overtime", "we cut the backlog", "customer satisfaction went up").
        metric: what was measured ("overtime hours"), or "".
        value: the number, or ``None`` when the result is not quantified. For a change with a
            ``from_value`` it is where the metric ended; for a change without one, by how much
            it changed.
        unit: "%", "hours", "EUR", ... or "".
        scope: who felt it: one of ``SCOPES``, or "" for a word of the participant's the kit
            cannot place (``scope_said``; not scored as a scope).
        scope_said: who felt it in the participant's own word ("the ward", "clients"), or ""
            where they picked one of ``SCOPES``: kept as typed, said by the draft where the
            kit places it (``workshop.typed_entries``), never exported.
        kind: what the number is, one of ``NUMBER_KINDS``, or "" when the participant has not
            said (the draft then uses the number only where its reading is plain).
        from_value: where the metric started, for a change told "from X to Y", or ``None``.
        period: in what time ("in six months"), or "".
        my_part: the participant's own part in a "we" result, or "".
        enabled_by: the names of the role's skills the participant says made it possible:
            the draft links a skill to a result only through this list.
        extra: fields other tools added, kept as they are.
    """

    statement: str
    metric: str = ""
    value: float | int | None = None
    unit: str = ""
    scope: str = "team"
    kind: str = ""
    from_value: float | int | None = None
    period: str = ""
    my_part: str = ""
    enabled_by: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict, repr=False)
    scope_said: str = ""
    # how a figure typed hedged was read, for the report's notes; never saved
    read_notes: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.enabled_by, list | tuple):
            raise ValidationError(f"'enabled_by' should be a list of the role's skills, not "
                                  f"{short(self.enabled_by)}.", field="enabled_by")
        scope, said = read_scope(self.scope, self.scope_said)
        _set(self, "scope", scope)
        _set(self, "scope_said", said)
        d = self.to_dict()
        _set(self, "statement", text_field(d, "statement", required=True))
        _set(self, "metric", text_field(d, "metric", limit=200))
        _set(self, "unit", text_field(d, "unit", limit=40))
        _set(self, "scope_said", text_field(d, "scope_said", limit=200))
        self._read_value()
        _set(self, "from_value", number_field(self.from_value, "from_value"))
        if self.scope not in ("", *SCOPES):
            raise ValidationError(f"'scope' is {short(self.scope)}; type who felt it in a "
                                  f"word, or pick one of: {', '.join(SCOPES)} ({_SCOPE_HINT}).",
                                  field="scope")
        _set(self, "kind", choice_field(d, "kind", NUMBER_KINDS))
        _set(self, "period", text_field(d, "period", limit=200))
        _set(self, "my_part", text_field(d, "my_part"))
        _set(self, "enabled_by", tuple(names_field(d, "enabled_by")))
        _set(self, "extra", dict(self.extra))

    def _read_value(self) -> None:
        """``value`` as a number; a figure typed hedged or as a range ("60ish", "about 30?",
        "80-100") is its number with the hedge kept beside it (``typed_entries.read_value``),
        and its unit where the unit field is empty ("20-30%")."""
        try:
            _set(self, "value", number_field(self.value, "value"))
            return
        except ValidationError:
            read = read_value(self.value) if isinstance(self.value, str) else None
            if read is None:
                raise ValidationError(
                    f"'value' is {short(self.value)}; type a number such as 18, a rough one "
                    "such as 'about 60' or a range such as '80 to 100', or leave it empty.",
                    field="value") from None
        typed = " ".join(self.value.split())
        number, kept, unit = read
        _set(self, "value", number)
        # a former reply's words for the figure are no longer what it says
        _set(self, "extra", {**{k: v for k, v in self.extra.items() if k != SAID_KEY}, **kept})
        if unit and not self.unit:
            _set(self, "unit", unit)
        said = f"{kept[next(iter(kept))]}{number}{'%' if self.unit == '%' else ''}"
        _set(self, "read_notes", (*self.read_notes, f"'value' '{typed}' kept as typed: the "
                                  f"draft says it \u201c{said}\u201d."))

    @property
    def quantified(self) -> bool:
        """True when the ``value`` field holds a number. Whether the result holds a result's
        number (what 04 scores, the draft says and the check finds) is read by
        ``workshop.result_number``."""
        return self.value is not None

    def made_possible_by(self, skill: Skill) -> bool:
        """True when the participant linked ``skill`` to this result in ``enabled_by``."""
        return skill_key(skill.name) in {skill_key(n) for n in self.enabled_by}

    @classmethod
    def from_dict(cls, data: Any) -> Result:
        data = object_field(data, "A result")
        return cls(statement=data.get("statement"), metric=data.get("metric") or "",
                   value=data.get("value"), unit=data.get("unit") or "",
                   scope=data.get("scope") or "", scope_said=data.get("scope_said") or "",
                   kind=data.get("kind") or "",
                   from_value=data.get("from_value"), period=data.get("period") or "",
                   my_part=data.get("my_part") or "",
                   enabled_by=data.get("enabled_by") or [],
                   extra=_extra(data, _RESULT_KEYS))

    def to_dict(self) -> dict:
        out = {"statement": self.statement, "metric": self.metric, "value": self.value,
               "unit": self.unit, "scope": self.scope}
        optional = {"scope_said": self.scope_said, "kind": self.kind,
                    "from_value": self.from_value, "period": self.period,
                    "my_part": self.my_part, "enabled_by": list(self.enabled_by)}
        out.update({k: v for k, v in optional.items() if v not in ("", None, [])})
        return _with_extra(out, self.extra)


@dataclass(frozen=True)
class Ratings:
    """The participant's three ratings of a role, each 1 to 5 or ``None`` while not yet rated.

    Attributes:
        skill_growth: how far the role grew their skills.
        company_results: how much their work in it produced for the organisation.
        relevance: how much it speaks to the hiring manager's goals.
    """

    skill_growth: int | None = None
    company_results: int | None = None
    relevance: int | None = None

    def __post_init__(self) -> None:
        d = self.to_dict()
        for key in RATING_NAMES:
            _set(self, key, rating_field(d, key))

    @property
    def complete(self) -> bool:
        """True when all three are rated, so the role can be ranked."""
        return all(getattr(self, k) is not None for k in RATING_NAMES)

    @classmethod
    def from_dict(cls, data: Any) -> Ratings:
        data = object_field(data or {}, "'ratings'")
        return cls(**{k: data.get(k) for k in RATING_NAMES})

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in RATING_NAMES if getattr(self, k) is not None}


@dataclass(frozen=True)
class Role:
    """A past (or current) job.

    Attributes:
        id: stable identifier, unique in the workspace.
        title: the job title.
        organization: the employer.
        organization_kind: what kind of organisation it is, one of ``ORGANIZATION_KINDS``, or
            "" to read it from the name (``workshop.wording.organization_kind``).
        start: ``YYYY`` or ``YYYY-MM``.
        end: ``YYYY`` or ``YYYY-MM``, ``None`` for a current role.
        summary: one line on what the job was.
        personal_value: what the job gave the participant personally, in their own words
            (optional; the draft's opening answers the question with it).
        skills: the skills it grew.
        results: what the participant helped the organisation to achieve.
        ratings: the three ratings.
        enjoyment: how much they liked it (1 to 5, or ``None``); never part of the score.
        extra: fields other tools added, kept as they are.
        read_notes: how a kind typed as people name it was read ("'university' read as
            'school'"), for the report's notes; never saved.
    """

    title: str
    organization: str = ""
    start: str | None = None
    end: str | None = None
    summary: str = ""
    organization_kind: str = ""
    personal_value: str = ""
    skills: tuple[Skill, ...] = ()
    results: tuple[Result, ...] = ()
    ratings: Ratings = field(default_factory=Ratings)
    enjoyment: int | None = None
    id: str = field(default_factory=new_role_id)
    extra: dict = field(default_factory=dict, repr=False)
    read_notes: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        _read_kind(self)
        d = {"id": self.id, "title": self.title, "organization": self.organization,
             "start": self.start, "end": self.end, "summary": self.summary,
             "enjoyment": self.enjoyment, "organization_kind": self.organization_kind,
             "personal_value": self.personal_value}
        _set(self, "id", text_field(d, "id", required=True, limit=64))
        _set(self, "organization_kind", choice_field(d, "organization_kind", ORGANIZATION_KINDS))
        _set(self, "title", text_field(d, "title", required=True, limit=200))
        _set(self, "organization", text_field(d, "organization", limit=200))
        _set(self, "summary", text_field(d, "summary"))
        _set(self, "personal_value", text_field(d, "personal_value"))
        _set(self, "start", date_field(d, "start", required=False))
        _set(self, "end", date_field(d, "end", required=False))
        if self.start and self.end and ends_before(self.start, self.end):
            raise ValidationError(f"'end' ({self.end}) is before 'start' ({self.start}): "
                                  "swap them or correct one.", field="end")
        _set(self, "enjoyment", rating_field(d, "enjoyment"))
        _set(self, "skills", _records(self.skills, Skill, "skills"))
        _set(self, "results", _records(self.results, Result, "results"))
        _check_links(self)
        if not isinstance(self.ratings, Ratings):
            raise ValidationError(f"'ratings' should be Ratings, not "
                                  f"{type(self.ratings).__name__}.", field="ratings")
        _set(self, "extra", dict(self.extra))

    @property
    def current(self) -> bool:
        """True for a role with a start and no end."""
        return self.start is not None and self.end is None

    @property
    def label(self) -> str:
        """"Title, Organisation" for tables and charts."""
        return f"{self.title}, {self.organization}" if self.organization else self.title

    @property
    def quantified(self) -> bool:
        """True when at least one result's ``value`` field holds a number (04's score part
        "a result with a number" is ``workshop.scoring.has_number``)."""
        return any(r.quantified for r in self.results)

    @property
    def used_later(self) -> bool:
        """True when at least one grown skill says where it was used later."""
        return any(s.used_later for s in self.skills)

    @classmethod
    def from_dict(cls, data: Any) -> Role:
        data = object_field(data, "A role")
        skills, results, errors = [], [], []
        for i, s in enumerate(list_field(data, "skills")):
            try:
                skills.append(Skill.from_dict(s))
            except ValidationError as exc:
                errors.append(_in_place(exc, f"skills[{i}]"))
        for i, r in enumerate(list_field(data, "results")):
            try:
                results.append(Result.from_dict(r))
            except ValidationError as exc:
                errors.append(_in_place(exc, f"results[{i}]"))
        try:
            ratings = Ratings.from_dict(data.get("ratings"))
        except ValidationError as exc:
            errors.append(_in_place(exc, "ratings"))
        if errors:  # every slip in the role named at once
            raise ValidationError.together(errors) from None
        kwargs = {}
        if data.get("id") is not None:
            kwargs["id"] = data["id"]
        return cls(title=data.get("title"), organization=data.get("organization") or "",
                   start=data.get("start"), end=data.get("end"),
                   summary=data.get("summary") or "",
                   organization_kind=data.get("organization_kind") or "",
                   personal_value=data.get("personal_value") or "",
                   skills=skills, results=results,
                   ratings=ratings, enjoyment=data.get("enjoyment"),
                   extra=_extra(data, _ROLE_KEYS), **kwargs)

    def to_dict(self) -> dict:
        out = {"id": self.id, "title": self.title, "organization": self.organization,
               "start": self.start, "end": self.end, "summary": self.summary,
               "skills": [s.to_dict() for s in self.skills],
               "results": [r.to_dict() for r in self.results],
               "ratings": self.ratings.to_dict()}
        if self.enjoyment is not None:
            out["enjoyment"] = self.enjoyment
        if self.organization_kind:
            out["organization_kind"] = self.organization_kind
        if self.personal_value:
            out["personal_value"] = self.personal_value
        return _with_extra(out, self.extra)


@dataclass(frozen=True)
class TargetRole:
    """The job applied for and what its hiring manager wants.

    Attributes:
        title: the job title applied for ("" while not yet named).
        goals: the hiring manager's goals, one short phrase each, from the job ad.
    """

    title: str = ""
    goals: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _set(self, "title", text_field({"title": self.title}, "title", limit=200))
        goals = list_field({"goals": list(self.goals) if isinstance(self.goals, tuple)
                       else self.goals}, "goals")
        clean = []
        for i, g in enumerate(goals):
            if not isinstance(g, str):
                raise ValidationError(f"goal {i + 1} should be text, not {short(g)}.",
                                      field=f"goals[{i}]")
            g = " ".join(g.split())
            if not encodes(g):
                raise ValidationError(f"goal {i + 1} holds a broken character (half of an emoji "
                                      "or symbol); retype the goal.", field=f"goals[{i}]")
            if len(g) > 300:
                raise ValidationError(f"goal {i + 1} is {len(g)} characters; keep each goal "
                                      "under 300.", field=f"goals[{i}]")
            if g:
                clean.append(g)
        _set(self, "goals", tuple(clean))

    @classmethod
    def from_dict(cls, data: Any) -> TargetRole:
        data = object_field(data or {}, "'target_role'")
        return cls(title=data.get("title") or "", goals=data.get("goals") or [])

    def to_dict(self) -> dict:
        return {"title": self.title, "goals": list(self.goals)}


@dataclass(frozen=True)
class Answer:
    """The participant's answer.

    Attributes:
        role_id: the role the answer is about, or ``None``.
        text: the answer as the participant edited it.
    """

    role_id: str | None = None
    text: str = ""

    def __post_init__(self) -> None:
        d = {"role_id": self.role_id, "text": self.text}
        _set(self, "role_id", text_field(d, "role_id", limit=64) or None)
        _set(self, "text", text_field(d, "text", limit=MAX_LONG_TEXT))

    @classmethod
    def from_dict(cls, data: Any) -> Answer:
        data = object_field(data or {}, "'answer'")
        return cls(role_id=data.get("role_id"), text=data.get("text") or "")

    def to_dict(self) -> dict:
        return {"role_id": self.role_id, "text": self.text}


def _roles(items: list, role_from) -> list[Role]:
    """Every role of a file's list, or one error naming every role's slips at once."""
    roles, errors = [], []
    for i, r in enumerate(items):
        try:
            roles.append(role_from(r))
        except ValidationError as exc:
            title = r.get("title") if isinstance(r, dict) else None
            if isinstance(title, str) and title.strip() and exc.field != "title":
                exc.message = f"{exc.message} (role '{title.strip()[:60]}')"
            errors.append(_in_place(exc, f"roles[{i}]"))
    if errors:
        raise ValidationError.together(errors).said_whole()
    return roles


@dataclass(frozen=True)
class Workspace:
    """Everything one participant entered.

    Attributes:
        participant: optional details, such as ``{"name": ...}``; never exported to the class.
        target_role: the job applied for and its hiring manager's goals.
        roles: the past roles, in the participant's order.
        answer: the answer drafted and edited in notebook 05.
        extra: fields this kit does not know, kept so that saving never drops them.
    """

    participant: dict = field(default_factory=dict)
    target_role: TargetRole = field(default_factory=TargetRole)
    roles: tuple[Role, ...] = ()
    answer: Answer = field(default_factory=Answer)
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.participant, dict):
            raise ValidationError("'participant' should be an object such as "
                                  '{"name": "Ana"}.', field="participant")
        _set(self, "participant", dict(self.participant))
        for name, kind in (("target_role", TargetRole), ("answer", Answer)):
            if not isinstance(getattr(self, name), kind):
                raise ValidationError(f"'{name}' should be {kind.__name__}, not "
                                      f"{type(getattr(self, name)).__name__}.", field=name)
        _set(self, "roles", _records(self.roles, Role, "roles", limit=None))
        _set(self, "extra", dict(self.extra))
        seen: set[str] = set()
        for i, role in enumerate(self.roles):
            if role.id in seen:
                raise ValidationError(f"two roles share the id '{role.id}'; each role needs its "
                                      "own id.", field=f"roles[{i}].id")
            seen.add(role.id)
        if len(self.roles) > MAX_ITEMS:
            raise ValidationError(f"there are {len(self.roles)} roles; the most is {MAX_ITEMS}.",
                                  field="roles")

    # lookups ----------------------------------------------------------------------------------

    def role(self, role_id: str) -> Role:
        """The role with this id; ``NotFoundError`` (a ``KeyError`` too) if there is none."""
        for r in self.roles:
            if r.id == role_id:
                return r
        raise NotFoundError(f"there is no role with the id {short(role_id)}.", field="roles")

    def index_of(self, role_id: str) -> int:
        """Position of the role with this id in ``roles``; ``NotFoundError`` if there is none."""
        for i, r in enumerate(self.roles):
            if r.id == role_id:
                return i
        raise NotFoundError(f"there is no role with the id {short(role_id)}.", field="roles")

    # files ------------------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Any, *, role_from=None) -> Workspace:
        """Build and validate a workspace from the file's JSON object (current schema).

        ``role_from`` makes each role's record from its JSON object (default
        ``Role.from_dict``; the store passes one that finds a role read before unchanged)."""
        role_from = Role.from_dict if role_from is None else role_from
        if not isinstance(data, dict):
            raise ValidationError("the workspace should be a JSON object with 'roles', not "
                                  f"{type(data).__name__}.")
        participant = data.get("participant") or {}
        if not isinstance(participant, dict):
            raise ValidationError("'participant' should be an object such as "
                                  '{"name": "Ana"}.', field="participant")
        if participant.get("name") is not None:
            try:
                text_field(participant, "name", limit=200)
            except ValidationError as exc:
                raise _in_place(exc, "participant") from None
        try:
            target = TargetRole.from_dict(data.get("target_role"))
        except ValidationError as exc:
            raise _in_place(exc, "target_role") from None
        roles = _roles(list_field(data, "roles"), role_from)
        try:
            answer = Answer.from_dict(data.get("answer"))
        except ValidationError as exc:
            raise _in_place(exc, "answer") from None
        known = {"schema_version", "participant", "target_role", "roles", "answer"}
        extra = {k: v for k, v in data.items() if k not in known}
        return cls(participant=dict(participant), target_role=target, roles=roles,
                   answer=answer, extra=extra)

    def to_dict(self) -> dict:
        """The file's JSON object, with ``schema_version`` first."""
        out = {"schema_version": SCHEMA_VERSION, "participant": dict(self.participant),
               "target_role": self.target_role.to_dict(),
               "roles": [r.to_dict() for r in self.roles],
               "answer": self.answer.to_dict()}
        for k, v in self.extra.items():
            out.setdefault(k, v)
        return out
