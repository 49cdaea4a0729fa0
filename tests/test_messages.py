"""The message catalogue: every code raised exists, every template is plain."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.domain.messages import MESSAGES, TERMS
from vaxa_desktop.services.fields import FIELDS, _label

SRC = Path(__file__).resolve().parents[1] / "src" / "vaxa_desktop"

# Error classes whose first argument is a code of MESSAGES.
CODED = {
    "UserError", "ServiceError", "NotFoundError", "ValidationError", "ReadOnlyError",
    "ConflictError", "CatalogueError", "RebuildableFolderError", "UsageError", "ArchiveError",
    "NotAnArchiveError", "CorruptArchiveError", "NewerArchiveError", "InterchangeError",
    "UnsafeInputError", "BundleMismatchError", "PgUrlError", "TimecodeError", "DiskFullError",
    "UnsafePathError",
}  # fmt: skip


def _raise_sites() -> list[tuple[str, str, ast.Call]]:
    """(file, enclosing function, call) of every `raise Coded(...)` in the sources."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(SRC).as_posix()

        def visit(node: ast.AST, func: str, rel: str = rel) -> None:
            for child in ast.iter_child_nodes(node):
                name = func
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) and func == "":
                    name = child.name  # the outermost function: parsers are closures
                if isinstance(child, ast.Raise) and isinstance(child.exc, ast.Call):
                    callee = child.exc.func
                    called = (
                        callee.attr
                        if isinstance(callee, ast.Attribute)
                        else getattr(callee, "id", "")
                    )
                    if called in CODED:
                        found.append((rel, name, child.exc))
                visit(child, name)

        visit(tree, "")
    return found


def test_every_raised_code_is_in_the_catalogue() -> None:
    sites = _raise_sites()
    assert len(sites) > 200
    wrong = []
    for rel, _func, call in sites:
        if not call.args:
            continue  # no argument: the class's default code
        first = call.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            if first.value not in MESSAGES:
                wrong.append(f"{rel}:{call.lineno} unknown code {first.value!r}")
        elif not (isinstance(first, ast.Name) and first.id == "code"):
            wrong.append(f"{rel}:{call.lineno} raises text, not a code")
    assert wrong == []


def test_codes_are_dotted_lowercase_and_templates_plain() -> None:
    for code, template in MESSAGES.items():
        area, _, what = code.partition(".")
        assert area and what and code == code.lower() and " " not in code, code
        for _, name, spec, conversion in string.Formatter().parse(template):
            if name is not None:
                assert name.isidentifier() and not spec and not conversion, (code, name)


def test_str_of_a_coded_error_is_its_english_sentence() -> None:
    exc = UserError("record.not_found", kind="person", id=7, detail="row 7 gone")
    assert str(exc) == "There is no person with id 7."
    assert exc.detail == "row 7 gone"
    assert str(UserError("file.empty")) == "{path} is empty."  # a missing param stays visible


def test_field_names_in_messages_are_terms() -> None:
    labels = {_label(f) for fields in FIELDS.values() for f in fields if not f.endswith("_ms")}
    assert labels <= set(TERMS)
