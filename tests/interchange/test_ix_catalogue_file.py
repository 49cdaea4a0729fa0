"""Catalogue files: how large a file is read, and JSON decoded the same by both parsers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaxa_desktop.cli.main import main
from vaxa_desktop.interchange import catalogue_json
from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.interchange.schedule_json import load_json
from vaxa_desktop.services.context import ArchiveContext


def _export(archive: Path, out: Path) -> bytes:
    assert main(["--archive", str(archive), "export", "json", str(out)]) == 0
    return out.read_bytes()


def test_a_file_as_large_as_the_cap_goes_round_and_one_byte_more_is_refused(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    first = _export(demo_dir, tmp_path / "a.json")
    size = len(first)
    monkeypatch.setattr(catalogue_json, "MAX_CATALOGUE_BYTES", size)
    fresh = tmp_path / "ny"
    assert main(["init", str(fresh)]) == 0
    assert main(["--archive", str(fresh), "import", "json", str(tmp_path / "a.json")]) == 0
    assert _export(fresh, tmp_path / "b.json") == first

    monkeypatch.setattr(catalogue_json, "MAX_CATALOGUE_BYTES", size - 1)
    other = tmp_path / "annan"
    assert main(["init", str(other)]) == 0
    capsys.readouterr()
    assert main(["--archive", str(other), "import", "json", str(tmp_path / "a.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vaxa-archive: The catalogue file is too large (")
    assert "the limit is" in err and "Traceback" not in err
    with ArchiveContext.open(other) as ctx:  # nothing was imported
        assert ctx.catalogue.counts().talks == 0


def test_a_file_without_end_is_read_no_further_than_the_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(catalogue_json, "MAX_CATALOGUE_BYTES", 1_000_000)
    with pytest.raises(InterchangeError) as caught:
        catalogue_json.read_catalogue(Path("/dev/zero"))  # size 0 to stat, endless to read
    assert caught.value.code == "json.too_large"
    assert caught.value.params["limit"] == 1


def test_the_cap_holds_the_export_of_100000_talks() -> None:
    assert catalogue_json.MAX_CATALOGUE_BYTES >= 4 * 126_371_509  # measured, bench/bench_cli.py


def test_a_schedule_keeps_its_own_smaller_cap() -> None:
    with pytest.raises(InterchangeError) as caught:
        load_json(b" " * (64 * 1024 * 1024 + 1), "schedule file")
    assert caught.value.code == "json.too_large"


_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=6)
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | _TEXT | st.floats(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=10,
)  # fmt: skip


@given(_VALUES, st.booleans(), st.booleans())
def test_load_json_decodes_what_json_decodes(value: object, bom: bool, indent: bool) -> None:
    """orjson first, the standard parser for what it refuses (NaN, integers past 64 bits):
    together they read exactly what `json.loads` reads."""
    text = json.dumps(value, ensure_ascii=False, indent=2 if indent else None)
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode()
    got, want = load_json(data), json.loads(text)
    assert repr(got) == repr(want)  # NaN is not equal to itself; its repr is


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "json.empty"),
        (b'{"a": }', "json.invalid"),
        (b'{"a": "\xff"}', "json.not_utf8"),
        (b"[" * 100_000 + b"]" * 100_000, "json.too_deep"),
    ],
)
def test_bad_json_says_what_is_wrong(data: bytes, code: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        load_json(data)
    assert caught.value.code == code


@pytest.mark.parametrize(("digits", "long"), [(18, False), (19, True)])
def test_a_long_number_is_seen_across_the_reading_steps(digits: int, long: bool) -> None:
    from vaxa_desktop.interchange.schedule_json import _STEP, _long_digit_run

    for offset in (0, 5, 10, 18):
        data = b"[" + b" " * (_STEP - offset - 1) + b"1" * digits + b"]"
        assert _long_digit_run(data) is long
