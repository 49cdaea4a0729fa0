"""Every sentence an error or notice says to a person, by code.

`MESSAGES` maps a code (dotted lowercase: area, then what went wrong) to its
English template; `{name}` placeholders are filled from the error's params,
plain, without format specs (the GUI fills them with text it has formatted
for the user's language). English is what the CLI prints and the log keeps;
the GUI shows the translation of the same template (context "Messages" in
resources/translations/*.ts, fed to lupdate by tools/update_translations.py).

Params named in `TERM_PARAMS` hold a word of `TERMS` (a kind of record, a
field's name): the GUI translates those too (context "Terms").

A new code: add it here, raise `SomeError("area.what", name=value)`, run
`make translations`, write its Swedish in vaxa_sv.ts. The tests check that
every code raised exists and that every template has a Swedish translation
with the same placeholders.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field

MESSAGES: dict[str, str] = {
    # -- the archive folder and its catalogue ----------------------------------------
    "archive.read_only": "The archive is open read-only; nothing can be changed.",
    "archive.read_only_media": "{root} is on read-only media; nothing can be changed.",
    "archive.locked": "{root} is being edited by another program; close it and try again.",
    "archive.locked_by": (
        "{root} is being edited by another program ({holder}); close it and try again."
    ),
    "archive.busy_writer": (
        "{root} is being written by another program ({holder}), which did not finish within "
        "{seconds} s; try again later."
    ),
    "archive.exists": "There is already an archive in {root}.",
    "archive.is_a_file": "{root} is a file, not a folder.",
    "archive.file_not_folder": "{root} is a file, not an archive folder.",
    "archive.cannot_create": "Cannot create an archive in {root}: {reason}",
    "archive.missing": "{root} does not exist (is the drive connected?).",
    "drive.missing": (
        "{drive} is not there (is the drive connected?): nothing was written to {path}."
    ),
    "archive.no_catalogue": "{root} is not an archive: it has no {name}.",
    "archive.not_vaxa": "{path} is an SQLite file but not a Vaxa archive.",
    "archive.damaged": "{path} is damaged and cannot be read ({reason}). It has not been changed.",
    "archive.cannot_open": "{path} cannot be opened: {reason}.",
    "archive.disk_full": (
        "The disk holding the archive ({root}) is full, so its catalogue cannot be opened; "
        "nothing in it was lost. Free some space and try again."
    ),
    "archive.newer": (
        "{root} was made by a newer version of Vaxa Desktop (schema {schema}). "
        "Update the program to open it; the archive has not been changed."
    ),
    "archive.upgrade_read_only": (
        "{root} needs an upgrade, which cannot be done while it is read-only."
    ),
    "archive.settings_unreadable": "{path} cannot be read: {reason}",
    "archive.settings_invalid": "{path} is not a settings file.",
    "archive.network_fs": (
        "{folder} is on a network file system ({fstype}). SQLite cannot share its "
        "catalogue safely there (its write-ahead log needs a local disk): copy the "
        "archive to a local disk, or keep the catalogue on a PostgreSQL server."
    ),
    # -- the catalogue's database ------------------------------------------------------
    "catalogue.unreachable": (
        "The catalogue cannot be reached ({reason}). Check the network connection or the "
        "drive, then try again."
    ),
    "catalogue.full": (
        "The disk or the database is full; nothing was saved. Free some space and try again."
    ),
    "catalogue.busy": (
        "The catalogue is busy with another program's change; nothing was saved. "
        "Try again in a moment."
    ),
    "catalogue.unreachable_at": "Cannot reach the catalogue at {where}: {reason}",
    "backup.read_only_media": (
        "The archive is on read-only media: write the backup elsewhere with --to DIR."
    ),
    "backup.cannot_write": "The backup cannot be written to {folder}: {reason}",
    "disk.full": (
        "The disk holding the archive ({root}) is full; nothing already saved was lost. "
        "Free some space and try again."
    ),
    "disk.full_output": (
        "The disk holding {path} is full: nothing was written there. Free some space, or "
        "choose a place on another disk."
    ),
    "disk.full_import": (
        "The disk holding the archive ({root}) is full: {imported} of {total} files were "
        "imported before it filled up, and nothing already imported was lost. Free some "
        "space and run the import again for the rest."
    ),
    # -- what no catalogue can hold ------------------------------------------------------
    "input.out_of_range": (
        "A number given is out of range: ids, years and counts go up to {largest}. "
        "Nothing was changed."
    ),
    "input.bad_text": (
        "A text given holds an invalid character (a lone surrogate such as U+D800, or NUL); "
        "nothing was changed."
    ),
    "input.too_long": "A text given is longer than its field holds; nothing was changed.",
    "catalogue.newer_at": (
        "The catalogue at {where} was made by a newer version of Vaxa Desktop "
        "(schema {schema}). Update the program to use it; nothing has been changed."
    ),
    "catalogue.exists_at": "{where} already holds a catalogue; open it with --database instead.",
    "catalogue.not_empty_at": "{where} is not empty; a new catalogue needs an empty database.",
    "catalogue.not_vaxa_at": "{where} is not a Vaxa catalogue.",
    "catalogue.none_at": "{where} holds no catalogue yet; create one with init --database.",
    "catalogue.upgrade_read_only_at": (
        "The catalogue at {where} needs an upgrade, which cannot be done read-only."
    ),
    "catalogue.upgrade_backup_failed": (
        "The catalogue at {where} needs an upgrade, but the backup before it failed "
        "({reason}); nothing has been changed."
    ),
    "database_url.not_postgresql": (
        "'{url}' is not a PostgreSQL address (postgresql://USER@HOST/DATABASE)."
    ),
    "database_url.invalid": "'{url}' is not a valid database address: {reason}",
    "database_url.no_database": "'{url}' names no database (postgresql://HOST/DATABASE).",
    # -- moving the catalogue to a server ----------------------------------------------
    "shared.already_shared": "This archive's catalogue is already on a PostgreSQL server.",
    "shared.not_empty": "{where} is not empty; the catalogue needs an empty database.",
    "shared.copy_failed": "Copying to {where} failed: {reason}",
    "shared.copy_differs": (
        "The copy at {where} differs from the archive in: {tables}. The archive still "
        "uses its own catalogue; drop that database before trying again."
    ),
    # -- records -------------------------------------------------------------------------
    "record.not_found": "There is no {kind} with id {id}.",
    "record.conflict": (
        "This record was changed by someone else; reload it and make your change again. "
        "Nothing was saved."
    ),
    "record.gone": "The {kind} {key} no longer exists.",
    "record.vanished": "The {kind} {key} is gone.",
    "record.exists": "The {kind} {key} exists.",
    "record.value_changed": (
        "The {column} of {kind} {key} was changed since (now '{current}'); "
        "the edit was not applied."
    ),
    "record.in_use": "The {kind} {id} is still used by a {other}; remove that first.",
    "record.name_taken": "There is already a {kind} named '{name}'.",
    "record.not_editable": "Records of kind '{kind}' cannot be edited here.",
    "record.not_creatable": "Records of kind '{kind}' cannot be created here.",
    "record.not_deletable": "Records of kind '{kind}' cannot be deleted here.",
    "record.needs_fields": "A new {kind} needs: {fields}.",
    "record.unknown_field": "A {kind} has no field '{name}' (fields: {allowed}).",
    "record.bulk_kinds": "Bulk edits work on talks or recordings.",
    "person.name_taken": "There is already a person named '{name}'. Merge the two people instead.",
    "person.exists": "'{name}' is already in the archive.",
    "person.needs_name": "A person needs a name.",
    "person.twice_in_role": "{name} is listed twice as {role}.",
    "record.no_people": "A {kind} has no people in roles.",
    "person.merge_same": "Choose two different people to merge.",
    "conference.needs_title": "A conference needs a title.",
    "conference.implausible_year": "{year} is not a plausible conference year.",
    "conference.not_in_year": "There is no conference in {year}.",
    "conference.end_before_start": "The end date is before the start date.",
    "talk.needs_title": "A talk needs a title.",
    "document.needs_title": "A document needs a title.",
    "document.recording_without_talk": ("Recording {id} has no talk; documents hang on talks."),
    "segment.end_before_start": "A segment cannot end before it starts.",
    # -- fields as typed ----------------------------------------------------------------
    "field.empty": "The {field} cannot be empty.",
    "field.required": "The {field} is required.",
    "field.too_long": "The {field} is longer than {max} characters.",
    "field.not_whole": "The {field} must be a whole number.",
    "field.not_whole_value": "The {field} must be a whole number, not '{value}'.",
    "field.out_of_range": "The {field} must be between {low} and {high}.",
    "field.not_a_date": "The {field} '{value}' is not a date (use YYYY-MM-DD).",
    "field.not_a_datetime": (
        "The {field} '{value}' is not a date and time (use YYYY-MM-DD HH:MM)."
    ),
    "field.unknown_value": "Unknown {field} '{value}' (use one of: {allowed}).",
    "field.not_yes_no": "The {field} must be yes or no, not '{value}'.",
    "field.not_a_language": "'{value}' is not a language code (use e.g. sv, en, se, fi, sv-FI).",
    "field.not_a_url": "'{value}' is not a web address (start with https://).",
    "field.url_too_long": "The web address is longer than 2000 characters.",
    # -- times as typed (domain.timecode) -------------------------------------------------
    "time.missing": (
        "A time is missing (use seconds (83.5), M:SS or H:MM:SS, with up to three decimals)."
    ),
    "time.not_a_time": (
        "'{text}' is not a time (use seconds (83.5), M:SS or H:MM:SS, with up to three "
        "decimals)."
    ),
    "time.too_long": "'{text}' is longer than {hours} hours.",
    "time.sixty": "'{text}': minutes and seconds after a colon go from 00 to 59.",
    "time.decimals": "'{text}': a time has at most three decimals (milliseconds).",
    "time.negative": "A time cannot be negative.",
    "time.over_max": "A time cannot be longer than {hours} hours.",
    # -- cue lists -------------------------------------------------------------------------
    "cue_list.not_found": "There is no cue list '{name}'.",
    "cue_list.needs_name": "A cue list needs a name.",
    "cue_list.name_taken": "There is already a cue list called '{name}'.",
    "cue.in_negative": "The in point cannot be negative.",
    "cue.out_before_in": "The out point must come after the in point.",
    "cue.volume_range": "Volume must be between 0 and 200 %.",
    "cue.unknown_end_action": "Unknown end action '{value}' (use hold, black or next).",
    "cue.pre_wait_negative": "The pre-wait cannot be negative.",
    "cue.transition_range": "A fade or dissolve lasts 0 to {seconds} seconds.",
    "cue.trim_range": "The level trim must be between {low} and +{high} dB.",
    "cue.in_after_end": "The in point is after the end of the recording.",
    "cue.fixed_fields": "Cannot change {fields} of a cue.",
    "running_order.unknown_format": (
        "Unknown running order format '{value}' (use csv, xspf or pdf)."
    ),
    # -- files and folders -------------------------------------------------------------------
    "file.not_a_file": "{path} is not a file.",
    "file.missing_or_folder": "{path} is not a file (missing, or a folder).",
    "file.empty": "{path} is empty.",
    "file.unreadable": "{path} cannot be read: {reason}.",
    "file.not_media": "{path} cannot be read as media: {reason}",
    "file.missing": "{path} does not exist.",
    "folder.not_a_folder": "{path} is not a folder.",
    "path.exists": "{path} already exists; choose a new name.",
    "path.busy": "Another program is writing {path} just now; wait for it or choose a new name.",
    "path.outside": (
        "{kind} {id}: the path {path} leads outside the archive folder; nothing was imported."
    ),
    "path.outside_sidecar": (
        "{sidecar}: the path {path} leads outside the archive folder; nothing was restored."
    ),
    "path.not_empty": "{path} already exists and is not empty; choose a new folder.",
    # -- what the file system said (services.reasons.os_reason) -----------------------------
    "io.not_found": "The file or folder was not found.",
    "io.permission": "Permission denied: this user may not read or change it.",
    "io.read_error": (
        "The drive reported a read or write error; the disk or memory card may be failing."
    ),
    "io.disk_full": "The disk is full.",
    "io.read_only": "The drive is read-only.",
    "io.name_too_long": "The name is too long for this file system.",
    "io.is_folder": "It is a folder, not a file.",
    "io.not_folder": "A part of the path is a file, not a folder.",
    "io.link_loop": "The path goes round in a loop of symbolic links.",
    "io.network": "The network drive did not answer.",
    "io.busy": "The file is in use by another program.",
    "io.too_many_open": "Too many files are open at once; close some programs and try again.",
    "io.other": "The file system refused; see the details.",
    "file.failed": "Something went wrong with this file; see the details.",
    # -- what the media tools said (services.reasons.media_reason) ---------------------------
    "media.not_regular": "It is not a regular file.",
    "media.empty": "The file is empty (0 bytes).",
    "media.no_tools": (
        "The media tools ffprobe and ffmpeg are not installed, so the file cannot be examined."
    ),
    "media.tools_failed": "The media tools ffprobe and ffmpeg could not be started.",
    "media.probe_output": "The media tools gave an answer that cannot be read.",
    "media.unknown_format": "The file is not in an audio or video format that is known here.",
    "media.no_streams": "The file holds neither sound nor picture.",
    "media.still_image": "It is a still image, not a recording.",
    "media.truncated": (
        "The file is incomplete: it was probably cut off while it was recorded or copied."
    ),
    "media.invalid_data": "The file is damaged, or it is not an audio or video file.",
    "media.no_frame": (
        "Not one picture of the video could be decoded; the file is probably damaged."
    ),
    "media.timeout": (
        "Examining the file took longer than {seconds} seconds; it is probably damaged."
    ),
    "media.unreadable": "The file cannot be read as audio or video.",
    "media.no_strip": "No scrub strip could be made; the recording plays as usual.",
    # -- importing media (services.ingest) ----------------------------------------------------
    "ingest.not_media": "Not an audio or video file; left out.",
    "ingest.duplicate": "Already in the archive: the same content as {original}.",
    "ingest.changed_during": (
        "The file changed while it was being imported; import it again once it is complete."
    ),
    "ingest.cancelled": "Not imported: the import was cancelled.",
    "ingest.talk_deleted": (
        "Its talk was deleted meanwhile; the recording was imported without a talk."
    ),
    # -- checking files (services.fixity) -----------------------------------------------------
    "fixity.missing": "The file was not found (is the drive connected?).",
    "fixity.not_a_file": "There is a folder or something else where the file should be.",
    "fixity.size_changed": (
        "The file is now {size_bytes} bytes; it was {was_bytes} bytes when it was checked in."
    ),
    "fixity.recorded": "There was no checksum yet; it has been recorded now.",
    "fixity.checksum_differs": (
        "The content has changed: its checksum differs from the one recorded."
    ),
    # -- a cue list's preflight check (services.cues) -----------------------------------------
    "cue.recording_deleted": "Its recording was deleted from the archive.",
    "cue.file_missing": "The file is missing: {path}",
    "cue.file_unreadable": "The file cannot be read: {path}",
    "cue.out_after_file_end": "The out point ({out}) is after the end of the file ({end}).",
    "cue.in_after_file_end": "The in point is after the end of the file.",
    # -- transcripts and documents -----------------------------------------------------------
    "transcript.not_subtitles": "{name} is not an SRT or WebVTT file (.srt or .vtt).",
    "transcript.unreadable": "{name} is not a readable subtitle file: {reason}.",
    "transcript.no_cues": "{name} holds no subtitle cues.",
    "transcript.which_record": "Say which talk or recording the transcript belongs to.",
    "transcript.no_recording": (
        "Talk {id} has no recording yet; import one before adding a transcript."
    ),
    # -- relinking -------------------------------------------------------------------------------
    "relink.different_file": (
        "{name} is not the same file (its checksum differs); choose another file."
    ),
    "volume.needs_name": "A volume needs a name.",
    # -- browsing and saved searches -------------------------------------------------------------
    "browse.unknown_list": "Unknown list '{kind}'.",
    "saved_search.needs_name": "A saved search needs a name.",
    # -- schedules ------------------------------------------------------------------------------
    "schedule.no_year": "The schedule has no usable dates, so its conference year is unknown.",
    "schedule.empty_file": "The file is empty.",
    "schedule.not_a_schedule": (
        "This is not a schedule file: expected frab schedule.xml or a schedule JSON export."
    ),
    "schedule.too_large": "{name} is too large for a schedule ({size} bytes).",
    "schedule.folder": "{path} is a folder, not a schedule file.",
    "schedule.not_frab": (
        "This XML file is not a frab/pretalx schedule (its root element is <{root}>, "
        "not <schedule>)."
    ),
    "schedule.no_title_xml": "The schedule does not name its conference (no <title>).",
    "schedule.no_title_json": "The schedule does not name its conference (no 'title').",
    "schedule.not_schedule_json": (
        "This JSON file is not a conference schedule (no 'schedule' with a 'conference')."
    ),
    "frab.needs_start_times": "frab schedules need a start time for every talk.",
    "frab.needs_dates": "'{title}' has no dates; a frab schedule needs at least one day.",
    "json.too_large": "The {what} is too large ({size} MB; the limit is {limit} MB).",
    "json.not_utf8": "The {what} is not UTF-8 text (byte 0x{byte} at position {position}).",
    "json.empty": "The {what} is empty.",
    "json.invalid": (
        "The {what} is not valid JSON (perhaps truncated): {reason} at line {line}, "
        "column {column}."
    ),
    "json.too_deep": "The {what} is nested too deeply to be read.",
    "xml.not_utf8": (
        "The file is not valid UTF-8 text (byte 0x{byte} at position {position}); save it as "
        "UTF-8 or declare its encoding."
    ),
    "xml.too_large": ("The file is too large for a schedule ({size} MB; the limit is {limit} MB)."),
    "xml.entities": (
        "The XML file declares entities (a known attack, e.g. 'billion laughs'); refused."
    ),
    "xml.external": "The XML file refers to external files or URLs; refused.",
    "xml.doctype": "The XML file has a document type declaration; refused.",
    "xml.refused": "The XML file was refused: {reason}",
    "xml.malformed": (
        "The file is not well-formed XML (perhaps truncated or not XML at all): {reason}"
    ),
    "xml.unreadable": "The XML file cannot be read: {reason}",
    # -- exports -------------------------------------------------------------------------------
    "export.one_conference": (
        "A frab schedule holds one conference; choose it with --conference YEAR."
    ),
    "export.no_recordings": "There are no recordings to describe.",
    "export.bag_missing_files": (
        "{count} media file(s) are missing, e.g. {example}; relink them before making a bag."
    ),
    "export.bag_empty": "There are no recordings to put in a bag.",
    "export.bag_outside": (
        "{count} recording(s) point outside the archive and its drives, e.g. {example}; "
        "no bag was written."
    ),
    "export.cannot_write": "{path} cannot be written: {reason}.",
    "export.archive_file": (
        "{path} is part of the archive (its catalogue, backups or thumbnails); choose a "
        "place outside them."
    ),
    "export.not_overwritten": (
        "{path} is a catalogue or not an ordinary file; nothing was written over it. "
        "Choose another name."
    ),
    "export.inside_media": (
        "{path} is inside the archive's own media folder; choose a place outside it."
    ),
    "bag.bad_path": "'{path}' is not a valid path inside a bag.",
    "bag.duplicate": "Two payload files would both be data/{name}.",
    "bag.no_content": "Payload file {name} has no content.",
    "bag.bad_manifest_line": "{name} line {line} is not 'checksum path'.",
    # -- catalogue files (JSON export) ---------------------------------------------------------
    "catalogue_file.not_ours": "This JSON file is not a Vaxa Desktop catalogue export.",
    "catalogue_file.format_version": (
        "The catalogue file has format version {version}, which this version of "
        "Vaxa Desktop cannot read."
    ),
    "catalogue_file.no_tables": "The catalogue file is damaged: it has no tables.",
    "catalogue_file.table_not_list": (
        "The catalogue file is damaged: table '{table}' is not a list."
    ),
    "catalogue_file.newer": (
        "The catalogue file comes from a newer version of Vaxa Desktop (schema {schema})."
    ),
    "catalogue_file.not_a_date": (
        "The catalogue file is damaged (table {table}, row {row}, column {column}: not a date)."
    ),
    "catalogue_file.wrong_type": (
        "The catalogue file is damaged (table {table}, row {row}, column {column}: wrong type)."
    ),
    "catalogue_file.unknown_table": (
        "The catalogue file has a table this version does not know ('{table}')."
    ),
    "catalogue_file.unknown_column": "The catalogue file has an unknown column {table}.{column}.",
    "catalogue_file.out_of_range": (
        "The catalogue file's {table} row {row}: the {column} {value} is out of range; "
        "nothing was imported."
    ),
    "catalogue_file.bad_text": (
        "The catalogue file's {table} row {row}: the {column} holds an invalid character "
        "(a lone surrogate or NUL); nothing was imported."
    ),
    "catalogue_file.inconsistent": (
        "The catalogue file is inconsistent in table {table}: {reason}."
    ),
    "catalogue_file.unloadable": "The catalogue file cannot be loaded: {reason}.",
    "catalogue_file.archive_not_empty": (
        "A catalogue file can only be imported into an empty archive; create a new archive first."
    ),
    # -- event bundles ---------------------------------------------------------------------------
    "bundle.choose_something": "Choose at least one conference or cue list for the bundle.",
    "bundle.unopenable": "The bundle's catalogue cannot be opened: {reason}",
    "bundle.bad_entry_name": "The bundle has an entry with an empty or invalid name.",
    "bundle.backslashes": "The bundle entry '{name}' uses backslashes; refused.",
    "bundle.absolute": "The bundle entry '{name}' is an absolute path; refused.",
    "bundle.outside": "The bundle entry '{name}' points outside the bundle ('..'); refused.",
    "bundle.no_file_name": "The bundle entry '{name}' has no file name.",
    "bundle.symlink": "The bundle contains a symbolic link ({name}); refused.",
    "bundle.special_file": "The bundle contains a device or special file ({name}).",
    "bundle.not_ours": "This is not a Vaxa Desktop bundle (its manifest is not ours).",
    "bundle.newer": "The bundle was made by a newer version of Vaxa Desktop.",
    "bundle.no_files": "The bundle manifest lists no files.",
    "bundle.bad_manifest_entry": "The bundle manifest entry for {name} is damaged.",
    "bundle.writes_outside": "The bundle entry '{name}' would be written outside the folder.",
    "bundle.not_zip": "{name} is not a zip file, or it is truncated.",
    "bundle.more_data": "{name} holds more data than its manifest says; refused.",
    "bundle.checksum": "The bundle does not match its manifest: {name} has a different checksum.",
    "bundle.size": "The bundle does not match its manifest: {name} has a different size.",
    "bundle.damaged": "{name} is damaged: {reason}.",
    "bundle.too_many": "The bundle has too many entries ({count}).",
    "bundle.entry_symlink": "The bundle entry '{name}' is a symbolic link; refused.",
    "bundle.entry_special": "The bundle entry '{name}' is a device or special file.",
    "bundle.duplicate": "The bundle has two entries named '{name}'; refused.",
    "bundle.zip_without_manifest": "This zip file is not a bundle: it has no {manifest}.",
    "bundle.no_manifest": "{path} is not a bundle: it has no {manifest}.",
    "bundle.manifest_too_large": "The bundle manifest is implausibly large; refused.",
    "bundle.zip_bomb": "{name} expands implausibly (a zip bomb?); refused.",
    "bundle.too_large": (
        "The bundle would unpack to {size} bytes, more than the limit of {limit}."
    ),
    "bundle.missing_file": "The bundle does not match its manifest: {name} is missing.",
    "bundle.missing_files": (
        "The bundle does not match its manifest: {name} is missing (and {more} more)."
    ),
    "bundle.unlisted_file": "The bundle does not match its manifest: {name} is not listed.",
    "bundle.unlisted_files": (
        "The bundle does not match its manifest: {name} is not listed (and {more} more)."
    ),
    # -- the command line ------------------------------------------------------------------------
    "cli.field_syntax": "expected --FIELD VALUE, not '{token}'.",
    "cli.needs_value": "--{name} needs a value.",
    "cli.nothing_to_change": "nothing to change; give one or more of {allowed}.",
    "cli.tags_where": "tags are set on talks and recordings.",
    "cli.bad_time": "{option}: {reason}",
    "cli.out_is_folder": "{path} is a folder; give a file name.",
    "cli.limit": "--limit must be at least 1.",
    "cli.keep": "--keep must be at least 1: the backup just written is always kept.",
    "cli.not_a_date": "'{text}' is not a date (use YYYY-MM-DD).",
    "cli.person_syntax": "--person takes ROLE:NAME, not '{spec}'.",
    "cli.backup_dest": "DEST is a folder; the file name is made from the time.",
    "cli.backup_two_places": "Give the backup's folder once: as DEST or with --to DIR.",
    "cli.excel_csv_only": "--excel applies to csv only.",
    "cli.recording_bagit_only": "--recording applies to bagit only.",
    "cli.json_whole": "The json export is always the whole catalogue.",
    "cli.conference_needs_new_talks": (
        "--conference YEAR goes with --new-talks (one new talk per file in that conference)."
    ),
}

# Params whose value is a word of TERMS, translated by the GUI.
TERM_PARAMS = ("kind", "field", "other", "what", "role")

# Kinds of record (table names) and field names as messages name them.
TERMS: tuple[str, ...] = (
    # kinds of record
    "conference", "conference_document", "conference_link", "cue", "cue_list", "cuelist",
    "document", "document_person", "organisation", "person", "recording", "recording_tag",
    "segment", "series", "tag", "talk", "talk_document", "talk_person", "talk_tag",
    "transcript", "volume",
    # fields
    "abstract", "bio", "description", "document role", "duration min", "end", "end date",
    "format", "is placeholder", "kind", "language", "name", "notes", "number", "photo path",
    "place", "publisher", "recording kind", "role", "room", "start", "start date", "starts at",
    "status", "subtitle", "talk type", "theme", "title", "url", "year",
    # roles of people
    "speaker", "moderator", "interviewee", "interviewer", "panellist", "author", "editor",
    # files
    "JSON file", "bundle manifest", "catalogue file", "schedule file",
)  # fmt: skip


class _Lenient(string.Formatter):
    """A missing param shows as its placeholder instead of failing the error itself."""

    def get_value(self, key: int | str, args: object, kwargs: dict[str, object]) -> object:  # type: ignore[override]
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)  # type: ignore[arg-type]


_FORMATTER = _Lenient()


def fill(template: str, params: dict[str, object]) -> str:
    """`template` with its placeholders replaced by `params` (missing ones left as they are)."""
    return _FORMATTER.vformat(template, (), params)


def render(code: str, params: dict[str, object]) -> str:
    """The English sentence of `code` with `params`.

    A code not in MESSAGES is taken to be a finished English sentence (text
    raised before its code was made) and returned as it is.
    """
    template = MESSAGES.get(code)
    return code if template is None else fill(template, params)


@dataclass(frozen=True)
class Notice:
    """Something the user should know, not an error: an archive on a network drive, why a
    file was not imported, what a check found.

    Like an error it has a `code` of MESSAGES and `params`; `str()` is English.
    `detail` keeps the technical text it was made from (ffprobe's or the
    system's words), for a "Details" section.
    """

    code: str
    params: dict[str, object] = field(default_factory=dict)
    detail: str = ""

    def __str__(self) -> str:
        return render(self.code, self.params)
