"""The `vaxa-archive` commands as the parser knows them: names, help and arguments.

Nothing here does a command's work. The parser lists every command with its one-line
help; a command's own arguments are declared only when that command is on the command
line, and the module that carries it out (`core_cmds`, `cue_cmds`, ...) is imported
only when it runs. `vaxa-archive --help` and a mistyped command so load argparse and
this module alone.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from vaxa_desktop import __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

KINDS = ("conferences", "people", "talks", "recordings", "documents", "cuelists")
SHOW_KINDS = ("conference", "person", "talk", "recording", "document")
GLOBAL_OPTIONS = frozenset({"--database", "--archive", "--wait"})

Declare = Callable[[argparse.ArgumentParser], None]


class Handler:
    """A command's function, named by module and name, imported when it is called."""

    def __init__(self, module: str, name: str) -> None:
        self.module = f"vaxa_desktop.cli.{module}"
        self.name = name

    def __call__(self, args: argparse.Namespace) -> int:
        # __import__ rather than importlib, so that `python -X importtime` lists it
        function = getattr(__import__(self.module, fromlist=[self.name]), self.name)
        return int(function(args))

    def __repr__(self) -> str:
        return f"Handler({self.module}.{self.name})"


class Parser(argparse.ArgumentParser):
    """Usage errors exit 2 with one line; `declare` adds the arguments when first needed."""

    def __init__(self, *args: Any, declare: Declare | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.declare = declare

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"vaxa-archive: {message}\n")

    def declared(self) -> Parser:
        """This parser with its arguments (and the global options after it)."""
        if self.declare is not None:
            declare, self.declare = self.declare, None
            declare(self)
            _after_command(self)
        return self


class _Commands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """Subcommands whose arguments are declared when the command is chosen."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if isinstance(values, list) and values:
            chosen = self._name_parser_map.get(values[0])
            if isinstance(chosen, Parser):
                chosen.declared()
        super().__call__(parser, namespace, values, option_string)


def build_parser() -> Parser:
    """The whole command line; commands' arguments follow when a command is chosen."""
    parser = Parser(
        prog="vaxa-archive",
        description="Work with a Vaxa Desktop archive from the command line.",
    )
    global_options(parser, before=True)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                parser_class=Parser, action=_Commands)  # fmt: skip
    for name, help_, declare in COMMANDS:
        sub.add_parser(name, help=help_, declare=declare)
    return parser


def declared_parsers(parser: argparse.ArgumentParser) -> list[tuple[str, Parser]]:
    """Every command and subcommand parser, declared, by its words (for tests)."""
    found: list[tuple[str, Parser]] = []

    def walk(p: argparse.ArgumentParser, words: str) -> None:
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    if isinstance(child, Parser):
                        child.declared()
                        found.append((f"{words} {name}".strip(), child))
                        walk(child, f"{words} {name}")

    walk(parser, "")
    return found


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text}") from None
    if not 0 <= value <= 86400:
        raise argparse.ArgumentTypeError(f"between 0 and 86400 seconds: {text}")
    return value


def _path(text: str) -> str:
    """A file or folder named on the command line: never empty (an unset shell variable
    would otherwise mean the current folder, or the default archive)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path; name a file or folder")
    return text


def global_options(parser: argparse.ArgumentParser, *, before: bool) -> None:
    """--archive and --database: before the command (`before`), or after it, where an
    option given overrides the one before and one not given leaves it alone."""
    default = None if before else argparse.SUPPRESS
    parser.add_argument(
        "--archive",
        metavar="DIR",
        default=default,
        type=_path,
        help="archive folder (default: your archive)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help="catalogue on a PostgreSQL server, postgresql://USER@HOST/DB "
        "(remembered in the folder's archive.json, without password)",
    )
    parser.add_argument(
        "--wait",
        metavar="SECONDS",
        type=_seconds,
        default=default,
        help="how long a writing command waits for another program's write (default 30)",
    )


def take_global_options(
    args: argparse.Namespace, pairs: list[tuple[str, Any]]
) -> list[tuple[str, Any]]:
    """The global options among a command's free-form `--name value` pairs (what `edit`
    takes as fields), parsed into `args` as after any command; the other pairs returned."""
    given = [(k, v) for k, v in pairs if f"--{k}" in GLOBAL_OPTIONS]
    if given:
        parser = argparse.ArgumentParser(prog=f"vaxa-archive {args.command}", add_help=False)
        global_options(parser, before=False)
        parser.parse_args([t for k, v in given for t in (f"--{k}", v)], namespace=args)
    return [(k, v) for k, v in pairs if f"--{k}" not in GLOBAL_OPTIONS]


def _after_command(command: argparse.ArgumentParser) -> None:
    """Accept the global options after a command and each of its subcommands too."""
    known = {o for a in command._actions for o in a.option_strings}
    if not known & GLOBAL_OPTIONS:
        global_options(command, before=False)
    for action in command._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in set(action.choices.values()):
                _after_command(child)


# -- core_cmds ------------------------------------------------------------------------
def _init(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", help="folder for the new archive", type=_path)
    p.add_argument("--demo", action="store_true", help='fill it with the "Växa eller Krympa" demo')
    p.set_defaults(func=Handler("core_cmds", "cmd_init"))


def _list(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--conference", type=int, metavar="YEAR", help="talks of one conference")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=Handler("core_cmds", "cmd_list"))


def _show(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=SHOW_KINDS)
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=Handler("core_cmds", "cmd_show"))


def _search(p: argparse.ArgumentParser) -> None:
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=Handler("core_cmds", "cmd_search"))


def _add(p: argparse.ArgumentParser) -> None:
    add = p.add_subparsers(dest="what", required=True, metavar="KIND")
    a = add.add_parser("conference")
    a.add_argument("--year", type=int, required=True)
    a.add_argument("--title", default="")
    a.add_argument("--theme", default="")
    a.add_argument("--status", default="held", help="held, cancelled or planned")
    a.add_argument("--format", default="in-person", help="in-person, digital or hybrid")
    a.add_argument("--date", help="start date, YYYY-MM-DD")
    a.add_argument("--end-date", help="end date, YYYY-MM-DD")
    a.add_argument("--place", default="")
    a.add_argument("--series", default="")
    a = add.add_parser("person")
    a.add_argument("name")
    a.add_argument("--organisation", default="")
    a.add_argument("--title", default="", help="job title or role, e.g. Forskare")
    a = add.add_parser("talk")
    a.add_argument("--title", required=True)
    a.add_argument("--conference", type=int, metavar="YEAR")
    a.add_argument("--speaker", action="append", default=[], metavar="NAME")
    a.add_argument("--moderator", action="append", default=[], metavar="NAME")
    a.add_argument(
        "--person", action="append", default=[], metavar="ROLE:NAME",
        help="any role: speaker, moderator, interviewee, interviewer, panellist",
    )  # fmt: skip
    a.add_argument("--type", default="talk", help="keynote, talk, panel, interview, workshop")
    a.add_argument("--language", default="sv")
    a.add_argument("--abstract", default="")
    a = add.add_parser("document")
    a.add_argument("--title", required=True)
    a.add_argument("--series", default="")
    a.add_argument("--number", default="")
    a.add_argument("--year", type=int)
    a.add_argument("--publisher", default="")
    a.add_argument("--url", default="")
    a.add_argument("--author", action="append", default=[], metavar="NAME")
    a.add_argument("--editor", action="append", default=[], metavar="NAME")
    a.add_argument("--conference", action="append", type=int, default=[], metavar="YEAR")
    a = add.add_parser("recording")
    a.add_argument("file", type=_path)
    a.add_argument("--talk", type=int, metavar="ID")
    a.add_argument("--kind", default="full", help="full, clip or trailer")
    a.add_argument("--link", action="store_true", help="keep the file where it is (default: copy)")
    p.set_defaults(func=Handler("core_cmds", "cmd_add"))


def _check(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--repair",
        action="store_true",
        help="remove what interrupted jobs left behind and move files no record points to "
        "into media/.orphans/ (nothing is deleted)",
    )
    p.set_defaults(func=Handler("core_cmds", "cmd_check"))


def _backup(p: argparse.ArgumentParser) -> None:
    p.add_argument("dest", nargs="?", help="folder (default: the archive's backups/)", type=_path)
    p.add_argument(
        "--to", metavar="DIR", help="the folder to write the backup to (as DEST)", type=_path
    )
    p.add_argument("--keep", type=int, default=10, help="newest backups kept in that folder")
    p.set_defaults(func=Handler("core_cmds", "cmd_backup"))


# -- cue_cmds -------------------------------------------------------------------------
def _cues(p: argparse.ArgumentParser) -> None:
    from vaxa_desktop.services.cues import RUNNING_ORDER_FORMATS

    cues = p.add_subparsers(dest="cues_command", required=True, metavar="ACTION")
    c = cues.add_parser("create", help="a new, empty cue list; prints its id")
    c.add_argument("name")
    c.set_defaults(func=Handler("cue_cmds", "cmd_create"))

    c = cues.add_parser("add", help="append a recording as a cue; prints the cue's id")
    c.add_argument("name")
    c.add_argument("recording_id", type=int)
    c.add_argument("--in", dest="in_", metavar="TIME", help="seconds, M:SS or H:MM:SS")
    c.add_argument("--out", metavar="TIME")
    c.add_argument("--end", choices=("hold", "black", "next"), default="hold")
    c.add_argument("--note", default="")
    c.add_argument("--title", default="", help="title shown instead of the talk's")
    c.add_argument("--fade-in", metavar="SECONDS", help="fade up from black when it starts")
    c.add_argument("--fade-out", metavar="SECONDS", help="fade to black at the end (--end black)")
    c.add_argument("--dissolve", metavar="SECONDS", help="cross-fade into the next cue (0: cut)")
    c.add_argument("--trim", type=float, default=0.0, metavar="DB",
                   help="level in dB on top of the common target loudness")  # fmt: skip
    c.set_defaults(func=Handler("cue_cmds", "cmd_add"))

    c = cues.add_parser("list", help="cue lists, or the cues of one")
    c.add_argument("name", nargs="?")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=Handler("cue_cmds", "cmd_list"))

    c = cues.add_parser("check", help="preflight: exit 1 when a cue is broken")
    c.add_argument("name")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=Handler("cue_cmds", "cmd_check"))

    c = cues.add_parser("export", help="running order as PDF or CSV, or an XSPF playlist")
    c.add_argument("name")
    c.add_argument("--format", choices=RUNNING_ORDER_FORMATS, required=True)
    c.add_argument("--excel", action="store_true", help="CSV for Excel: BOM and ';'")
    c.add_argument("out", type=_path)
    c.set_defaults(func=Handler("cue_cmds", "cmd_export"))


# -- interchange_cmds -----------------------------------------------------------------
def _import_schedule(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="schedule.xml or schedule JSON", type=_path)
    p.add_argument("--json", action="store_true", help="print the import report as JSON")
    p.add_argument(
        "--match-close",
        action="store_true",
        help="merge names that closely resemble existing people",
    )
    p.set_defaults(func=Handler("interchange_cmds", "cmd_import_schedule"))


def _import(p: argparse.ArgumentParser) -> None:
    p.add_argument("format", choices=["json"])
    p.add_argument("file", type=_path)
    p.set_defaults(func=Handler("interchange_cmds", "cmd_import"))


def _export(p: argparse.ArgumentParser) -> None:
    p.add_argument("format", choices=["json", "csv", "frab", "pbcore", "bagit"])
    p.add_argument(
        "out", help="file (json, frab, pbcore .xml) or folder (csv, pbcore, bagit)", type=_path
    )
    p.add_argument("--conference", action="append", type=int, default=[], metavar="YEAR")
    p.add_argument(
        "--recording",
        action="append",
        type=int,
        default=[],
        metavar="ID",
        help="bagit: only these recordings",
    )
    p.add_argument("--excel", action="store_true", help="csv for Excel: BOM and ';'")
    p.set_defaults(func=Handler("interchange_cmds", "cmd_export"))


def _bundle(p: argparse.ArgumentParser) -> None:
    bsub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    b = bsub.add_parser("export", help="write a bundle of conferences and cue lists with media")
    b.add_argument("out", help="new folder, or .zip file with --zip", type=_path)
    b.add_argument("--conference", action="append", type=int, default=[], metavar="YEAR")
    b.add_argument("--cuelist", action="append", default=[], metavar="NAME")
    b.add_argument("--zip", action="store_true", help="write one .zip file")
    for action in ("open", "import"):
        b = bsub.add_parser(action, help="check a bundle and unpack it as a new archive folder")
        b.add_argument("bundle", help="bundle folder or .zip", type=_path)
        b.add_argument("dest", help="new archive folder", type=_path)
    b = bsub.add_parser(
        "merge", help="check a bundle and add what this archive lacks (--archive DIR)"
    )
    b.add_argument("bundle", help="bundle folder or .zip", type=_path)
    b.add_argument("--json", action="store_true", help="print the merge report as JSON")
    p.set_defaults(func=Handler("interchange_cmds", "cmd_bundle"))


# -- catalogue_cmds -------------------------------------------------------------------
def _import_media(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", type=_path)
    talk = p.add_mutually_exclusive_group()
    talk.add_argument(
        "--talk", type=int, metavar="ID", help="link every imported file to this talk"
    )
    talk.add_argument(
        "--new-talks",
        action="store_true",
        help="make one talk per imported file, titled from its name ('Intervju_Åsa_Öberg.mov' "
        "-> 'Intervju Åsa Öberg')",
    )
    p.add_argument(
        "--conference", type=int, metavar="YEAR", help="with --new-talks: the talks' conference"
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--copy", action="store_true", help="copy into media/ (default)")
    mode.add_argument("--link", action="store_true", help="keep the files where they are")
    p.add_argument("--workers", type=int, default=None, help="files processed at once")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_import"))


def _loudness(p: argparse.ArgumentParser) -> None:
    p.add_argument("--id", type=int, action="append", default=[], help="only this recording")
    p.add_argument("--again", action="store_true", help="measure again what was measured")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_loudness"))


def _verify(p: argparse.ArgumentParser) -> None:
    p.add_argument("--id", type=int, action="append", default=[], help="only this recording")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_verify"))


def _relink(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", type=_path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_relink"))


def _set_volume(p: argparse.ArgumentParser) -> None:
    p.add_argument("name")
    p.add_argument("root", type=_path)
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_set_volume"))


def _rebuild(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_rebuild"))


def _edit_kinds() -> tuple[str, ...]:
    from vaxa_desktop.services.fields import FIELDS

    return tuple(FIELDS)


def _history(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=(*_edit_kinds(), "volume", "transcript"))
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_history"))


def _merge_people(p: argparse.ArgumentParser) -> None:
    p.add_argument("keep", type=int, metavar="KEEP_ID")
    p.add_argument("other", type=int, metavar="OTHER_ID")
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_merge_people"))


def _edit(p: argparse.ArgumentParser) -> None:
    from vaxa_desktop.services.fields import FIELDS

    p.description = (
        "Fields: "
        + "; ".join(f"{k}: {', '.join(v)}" for k, v in FIELDS.items())
        + ". Talks and recordings also take --add-tag and --remove-tag."
    )
    p.add_argument("kind", choices=tuple(FIELDS))
    p.add_argument("id", type=int)
    p.add_argument("fields", nargs=argparse.REMAINDER, metavar="--FIELD VALUE")
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_edit"))


def _delete(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=_edit_kinds())
    p.add_argument("id", type=int)
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_delete"))


def _attach(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=("talk", "recording", "conference"))
    p.add_argument("id", type=int)
    p.add_argument("file", type=_path)
    p.add_argument("--language", help="transcript language (default: from the name, or sv)")
    p.add_argument("--title", help="document title (default: the file name)")
    p.set_defaults(func=Handler("catalogue_cmds", "cmd_attach"))


# -- shared_cmds ----------------------------------------------------------------------
def _snapshot(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", metavar="OUT", help="new folder for the offline archive", type=_path)
    p.add_argument("--conference", action="append", type=int, default=[], metavar="YEAR")
    p.add_argument("--cuelist", action="append", default=[], metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=Handler("shared_cmds", "cmd_snapshot"))


def _migrate_to_postgres(p: argparse.ArgumentParser) -> None:
    p.add_argument("url", metavar="URL", help="postgresql://USER@HOST/DATABASE (empty)")
    p.add_argument(
        "--switch", action="store_true", help="then use that catalogue for this archive folder"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=Handler("shared_cmds", "cmd_migrate_to_postgres"))


COMMANDS: list[tuple[str, str, Declare]] = [
    ("init", "create a new archive folder", _init),
    ("list", "list records of one kind", _list),
    ("show", "show one record with what is linked to it", _show),
    ("search", "search conferences, talks, people, documents, transcripts", _search),
    ("add", "add a record; prints its id", _add),
    ("check", "check the database, every file, leftovers and orphans", _check),
    ("backup", "write a timestamped copy of the catalogue", _backup),
    ("cues", "cue lists for presenter mode", _cues),
    ("import-schedule", "import a frab/pretalx/c3voc conference schedule", _import_schedule),
    ("import", "import a catalogue file into an empty archive", _import),
    ("export", "export records: json, csv, frab, pbcore or bagit", _export),
    ("bundle", "event bundles: export, open or import", _bundle),
    ("import-media", "import recordings (files or folders, recursively; files that are not "
     "audio or video are skipped)", _import_media),
    ("loudness", "measure EBU R128 loudness of recordings not measured yet", _loudness),
    ("verify", "recompute checksums: ok, changed or missing", _verify),
    ("relink", "find missing recordings in a folder and relink them", _relink),
    ("set-volume", "create a named drive or change where it is mounted", _set_volume),
    ("rebuild", "restore the catalogue from the sidecars in media/", _rebuild),
    ("history", "the change history of one record", _history),
    ("merge-people", "merge OTHER_ID into KEEP_ID (all roles kept)", _merge_people),
    ("edit", "change fields: edit talk 3 --title T --language en --add-tag X", _edit),
    ("delete", "remove a record from the catalogue (files are kept)", _delete),
    ("attach", "attach a transcript (.srt/.vtt) or a document file", _attach),
    ("snapshot", "take offline: a portable SQLite archive of chosen conferences and cue lists",
     _snapshot),
    ("migrate-to-postgres", "copy this SQLite catalogue to an empty PostgreSQL database, "
     "verified", _migrate_to_postgres),
]  # fmt: skip
"""(name, one-line help, declaration of its arguments), in the order --help lists them."""
