"""Records carry the members of domain.enums; output shows their stored values."""

from __future__ import annotations

import json
import logging
import uuid

import pytest
from sqlalchemy import text

from vaxa_desktop.cli.main import main
from vaxa_desktop.domain.enums import (
    ConferenceFormat,
    ConferenceStatus,
    DocumentRole,
    EndAction,
    RecordingKind,
    RecordingStatus,
    Role,
    TalkType,
    Vocabulary,
)
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.cues import CueService


def test_records_carry_enum_members(demo: ArchiveContext) -> None:
    cat = demo.catalogue
    conferences = cat.list_conferences()
    assert {type(c.status) for c in conferences} == {ConferenceStatus}
    assert {type(c.format) for c in conferences} == {ConferenceFormat}
    assert ConferenceStatus.CANCELLED in {c.status for c in conferences}
    talks = cat.list_talks()
    assert {type(t.talk_type) for t in talks} == {TalkType}
    roles = [p.role for t in talks for p in t.people]
    assert roles and all(type(r) is Role for r in roles)
    recordings = cat.list_recordings()
    assert {type(r.kind) for r in recordings} == {RecordingKind}
    assert {type(r.status) for r in recordings} == {RecordingStatus}
    person = cat.person(next(t for t in talks if t.people).people[0].person_id)
    assert all(type(a.role) is Role for a in person.appearances)
    documents = [cat.document(d.id).document for d in cat.list_documents()]
    doc_roles = [p.role for d in documents for p in d.people]
    assert doc_roles and all(type(r) is DocumentRole for r in doc_roles)
    author = cat.person(next(d for d in documents if d.people).people[0].person_id)
    assert all(type(role) is DocumentRole for _doc, role in author.documents)
    service = CueService(demo.archive)
    cues = service.cues(service.lists()[0].id)
    assert cues and all(type(c.end_action) is EndAction for c in cues)
    snapshot = service.delete_cue(cues[0].id)
    assert type(snapshot.end_action) is EndAction
    service.restore_cue(snapshot)


def test_unknown_stored_values_read_as_the_fallback(
    demo: ArchiveContext, caplog: pytest.LogCaptureFixture
) -> None:
    """Nothing in the database forbids other text; reading it never fails."""
    talk = demo.catalogue.list_talks()[0]
    odd = f"lecture {uuid.uuid4().hex[:8]}"  # each unknown value is logged once per process
    with demo.archive.session_factory.begin() as s:
        s.execute(text("UPDATE talk SET talk_type = :t WHERE id = :i"), {"t": odd, "i": talk.id})
        s.execute(text("UPDATE conference SET status = 'Planned', format = 'hologram'"))
        s.execute(text("UPDATE cue SET end_action = 'explode'"))
    with caplog.at_level(logging.WARNING, logger="vaxa_desktop.domain.enums"):
        assert demo.catalogue.talk(talk.id).talk.talk_type is TalkType.OTHER
        conference = demo.catalogue.list_conferences()[0]
    assert conference.status is ConferenceStatus.PLANNED  # case and spaces do not matter
    assert conference.format is ConferenceFormat.IN_PERSON
    service = CueService(demo.archive)
    assert {c.end_action for c in service.cues(service.lists()[0].id)} == {EndAction.HOLD}
    assert odd in caplog.text


def test_cli_json_shows_the_stored_codes(demo: ArchiveContext, capsys) -> None:  # type: ignore[no-untyped-def]
    root = str(demo.root)
    demo.close()
    assert main(["--archive", root, "show", "talk", "3", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["type"] == "interview" and type(out["type"]) is str
    assert [p["role"] for p in out["people"]] == ["interviewee"]
    assert out["recordings"][0]["kind"] == "clip" and out["recordings"][0]["status"] == "ok"
    assert main(["--archive", root, "cues", "list", "Axplock 2018", "--json"]) == 0
    assert '"end": "hold"' in capsys.readouterr().out


@pytest.mark.parametrize(
    "vocabulary",
    [ConferenceStatus, ConferenceFormat, TalkType, Role, DocumentRole, RecordingKind,
     RecordingStatus, EndAction],
)  # fmt: skip
def test_every_vocabulary_reads_its_own_values(vocabulary: type[Vocabulary]) -> None:
    for member in vocabulary:
        assert vocabulary.stored(member.value) is member
        assert str(member) == member.value and f"{member}" == member.value
    assert vocabulary.stored("no such value") in set(vocabulary)


def test_show_player_end_actions_are_the_domain_ones() -> None:
    from vaxa_desktop.media import showplayer

    own = getattr(showplayer, "EndAction", EndAction)
    assert {m.name: m.value for m in own} == {m.name: m.value for m in EndAction}
