"""`vaxa-archive`'s parser: every command's help, and command modules loaded only to run."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from vaxa_desktop.cli.commands import COMMANDS, Handler, build_parser, declared_parsers
from vaxa_desktop.cli.main import main

COMMAND_MODULES = {
    f"vaxa_desktop.cli.{m}"
    for m in ("core_cmds", "cue_cmds", "interchange_cmds", "catalogue_cmds", "shared_cmds")
}
EVERY_COMMAND = [words for words, _ in declared_parsers(build_parser())]


def imported(*args: str) -> tuple[int, str, set[str]]:
    """Exit code, stdout and the modules a `vaxa-archive` process imported."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "vaxa_desktop.cli.main", *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    modules = {
        line.split("|")[-1].strip()
        for line in proc.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return proc.returncode, proc.stdout, modules


def test_help_lists_every_command_and_imports_none_of_them() -> None:
    code, out, modules = imported("--help")
    assert code == 0
    for name, help_, _ in COMMANDS:
        assert name in out and help_.split()[0] in out
    assert "vaxa_desktop.cli.commands" in modules  # the listing is really read
    assert not modules & COMMAND_MODULES
    assert not {m for m in modules if m.split(".")[0] == "sqlalchemy"}
    assert not {
        m for m in modules if m.startswith(("vaxa_desktop.services", "vaxa_desktop.storage"))
    }


def test_a_mistyped_command_is_refused_before_anything_loads() -> None:
    code, _, modules = imported("lsit", "talks")
    assert code == 2
    assert not modules & COMMAND_MODULES


def test_a_command_loads_its_own_module_only(demo_dir: Path) -> None:
    code, out, modules = imported("--archive", str(demo_dir), "list", "conferences")
    assert code == 0 and "2021" in out
    assert modules & COMMAND_MODULES == {"vaxa_desktop.cli.core_cmds"}


def test_every_command_and_subcommand_is_declared() -> None:
    assert [w for w in EVERY_COMMAND if " " not in w] == [name for name, _, _ in COMMANDS]
    assert {"add talk", "cues export", "bundle merge"} <= set(EVERY_COMMAND)
    assert len(EVERY_COMMAND) == len(COMMANDS) + 5 + 5 + 4  # add, cues, bundle


@pytest.mark.parametrize("words", EVERY_COMMAND)
def test_every_command_has_help_with_its_options(words: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*words.split(), "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: vaxa-archive {words}")
    parser = dict(declared_parsers(build_parser()))[words]
    for action in parser._actions:
        for option in action.option_strings:
            assert option in out
    # the options every command takes after it, too
    assert "--archive DIR" in out and "--database URL" in out and "--wait SECONDS" in out


def test_every_runnable_command_names_a_function_that_exists() -> None:
    handlers: dict[str, object] = {}
    for words, parser in declared_parsers(build_parser()):
        parent = words.rpartition(" ")[0]
        handler = parser.get_default("func") or handlers.get(parent)  # `add talk`: add's
        has_sub = any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)
        if handler is None:
            assert has_sub, words  # only a group (cues, bundle) has none of its own
            continue
        handlers[words] = handler
        assert isinstance(handler, Handler)
        function = getattr(importlib.import_module(handler.module), handler.name)
        assert callable(function), words
    assert len(handlers) >= len(EVERY_COMMAND) - 2


def test_edit_help_lists_the_fields(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["edit", "--help"])
    out = capsys.readouterr().out
    assert "talk: title, abstract" in out and "--add-tag" in out
