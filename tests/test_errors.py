"""The error family: the tree drawn in errors.py is the code's tree; nothing else escapes."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

import workshop
from workshop import errors
from workshop.errors import NotFoundError, ValidationError, WorkshopError

PACKAGE = Path(workshop.__file__).parent


def drawn_tree() -> dict[str, str]:
    """{class: parent} as drawn in the docstring of errors.py."""
    parents: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    for line in errors.__doc__.splitlines():
        m = re.match(r"^(\s*)((?:[│ ]   )*)(?:[├└]── )?"
                     r"([A-Z][A-Za-z]+Error|[A-Z][A-Za-z]+Workspace)\b", line)
        if not m:
            continue
        depth = len(m.group(2)) // 4 + (1 if "──" in line else 0)
        name = m.group(3)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parents[name] = stack[-1][1] if stack else ""
        stack.append((depth, name))
    return parents


def test_the_drawn_error_tree_is_the_tree_in_the_code():
    """Every class drawn exists, under the parent drawn; every error class of the module is
    drawn (UsageError included)."""
    tree = drawn_tree()
    classes = {name: cls for name, cls in vars(errors).items()
               if inspect.isclass(cls) and issubclass(cls, WorkshopError)}
    assert set(tree) == set(classes)
    for name, parent in tree.items():
        family_parents = [b.__name__ for b in classes[name].__bases__
                          if issubclass(b, WorkshopError)]
        assert family_parents == ([parent] if parent else []), name
    assert "UsageError" in tree and sorted(errors.__all__) == sorted(classes)


def test_the_command_lines_usage_error_is_the_familys():
    """workshop.cli.UsageError is errors.UsageError (not a second class of the same name)."""
    from workshop.cli import UsageError

    assert UsageError is errors.UsageError


def raises_in_package():
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(func):
                if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                        and isinstance(node.exc.func, ast.Name):
                    yield path.relative_to(PACKAGE), func.name, node.exc.func.id


def test_no_function_raises_the_bare_base_class():
    """Every error raised on purpose is one of the family's kinds, never WorkshopError itself."""
    bare = [(str(p), f) for p, f, name in raises_in_package() if name == "WorkshopError"]
    assert bare == []


def test_no_public_function_raises_a_plain_key_or_value_error():
    """Public functions raise the family's NotFoundError or ValidationError (which are a
    KeyError and a ValueError too, for older callers), never a plain KeyError or ValueError."""
    plain = [(str(p), f, name) for p, f, name in raises_in_package()
             if name in ("KeyError", "ValueError") and not f.startswith("_")]
    assert plain == []
    assert issubclass(NotFoundError, KeyError) and issubclass(ValidationError, ValueError)


def test_a_missing_role_is_a_plain_not_found_error():
    """Workspace.role of an unknown id says so in words, and is still caught as a KeyError."""
    from workshop.model import Workspace

    with pytest.raises(KeyError) as info:
        Workspace().role("r404")

    assert isinstance(info.value, NotFoundError)
    assert str(info.value) == "field 'roles': there is no role with the id 'r404'."
