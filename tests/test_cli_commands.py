"""`vaxa-archive`'s parser: every command's help, and command modules loaded only to run."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from interchange.schedule_samples import PRETALX_JSON
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


# Each command that opens an archive, with what it needs to get that far.
_RUNNABLE = {
    "list": ["conferences"], "show": ["talk", "1"], "search": ["x"],
    "add conference": ["--year", "2040"], "add person": ["Ny Person"],
    "add talk": ["--conference", "2018", "--title", "T"],
    "add document": ["--title", "D"], "add recording": ["--talk", "1", "{clip}"],
    "check": [], "backup": [], "cues create": ["K"], "cues add": ["K", "1"],
    "cues list": [], "cues check": ["K"], "cues export": ["K", "{out}", "--format", "csv"],
    "import-schedule": ["{schedule}"], "import": ["json", "{catalogue}"],
    "export": ["json", "{out}"], "bundle export": ["{out}", "--conference", "2018"],
    "bundle merge": ["{bundle}"], "import-media": ["{clip}"],
    "loudness": [], "verify": [], "relink": ["{folder}"], "set-volume": ["X", "{folder}"],
    "rebuild": [], "history": ["talk", "1"], "merge-people": ["1", "2"],
    "edit": ["talk", "1", "--title", "T"], "delete": ["talk", "1"],
    "attach": ["talk", "1", "{clip}"], "snapshot": ["{out}", "--conference", "2018"],
    "migrate-to-postgres": ["{url}"],
}  # fmt: skip
# They make an archive, or are only a group of commands.
_NO_ARCHIVE = {"init", "bundle open", "bundle import", "add", "cues", "bundle"}


def test_every_command_that_opens_an_archive_is_tried_below() -> None:
    assert set(_RUNNABLE) | _NO_ARCHIVE == set(EVERY_COMMAND)


@pytest.mark.parametrize("words", sorted(_RUNNABLE))
def test_global_options_after_the_command_are_used(words: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`vaxa-archive COMMAND ... --archive DIR --database URL --wait S`: the archive and
    the server named after the command are the ones used (an unreachable server says so)."""
    folder = tmp_path / "arkiv"
    folder.mkdir()
    (folder / "klipp.mp4").write_bytes(b"\0" * 100)
    (folder / "schema.json").write_text(PRETALX_JSON, encoding="utf-8")
    url = "postgresql://ingen@127.0.0.1:1/saknas"
    values = {"clip": str(folder / "klipp.mp4"), "out": str(tmp_path / "ut"),
              "schedule": str(folder / "schema.json"), "catalogue": str(folder / "klipp.mp4"),
              "bundle": str(folder), "folder": str(folder), "url": url}  # fmt: skip
    args = [a.format(**values) for a in _RUNNABLE[words]]
    code = main([*words.split(), *args, "--archive", str(folder), "--database", url,
                 "--wait", "1"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and f"Cannot reach the catalogue at {url}" in err, err


def test_edit_takes_the_archive_after_its_fields(demo_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`edit` reads its fields freely: a global option among them is still one, and a
    value that looks like one (a title "--wait") is still a value."""
    assert main(["edit", "talk", "1", "--title", "--wait", "--archive", str(demo_dir),
                 "--wait", "5", "--language", "en"]) == 0  # fmt: skip
    assert capsys.readouterr().out == "talk 1: 2 changes\n"
    assert main(["show", "talk", "1", "--json", f"--archive={demo_dir}"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["title"] == "--wait" and shown["language"] == "en"
