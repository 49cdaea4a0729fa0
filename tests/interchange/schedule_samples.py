"""Hand-made schedule files, each with a quirk real published schedules have."""
# ruff: noqa: E501  (sample files keep their real one-line shape)

from __future__ import annotations

import json

FRAB_QUIRKY = """<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <conference>
    <title>Växa eller Krympa 2022</title>
    <acronym>vek2022</acronym>
    <start>2022-05-24</start>
    <end>2022-05-25</end>
    <days>2</days>
    <some_extra_element>ignored</some_extra_element>
  </conference>
  <day date="2022-05-24" index="1" start="2022-05-24T09:00:00+02:00" end="2022-05-24T17:00:00+02:00">
    <room name="Kulturens hus">
      <event id="11" guid="0b9c1d4e-3f5a-4a8b-9c7d-1e2f3a4b5c6d">
        <room>Kulturens hus</room>
        <title>Inledning &amp; välkommen</title>
        <type>Keynote</type>
        <date>2022-05-24T09:00:00+02:00</date>
        <start>09:00</start>
        <duration>00:30</duration>
        <abstract>Om &auml;gande&nbsp;och &amp;ouml;vergångar &hellip;</abstract>
        <track>Omställning</track>
        <language/>
        <persons><person id="1">Josefina Syssner</person><person id="2">Anna Åström</person></persons>
        <links><link href="https://example.invalid/x">x</link></links>
        <unexpected><nested>element</nested></unexpected>
      </event>
      <event id="12">
        <room>Kulturens hus</room>
        <title>Panelsamtal</title>
        <type>podium</type>
        <date>2022-05-24T10:00:00+02:00</date>
        <start>10:00</start>
        <duration>01:15</duration>
        <abstract/>
        <track/>
        <persons><person>Sverker Olofsson</person></persons>
      </event>
    </room>
  </day>
  <day date="2022-05-25" index="2" start="2022-05-25T09:00:00+02:00" end="2022-05-25T12:00:00+02:00">
    <room name="Sal B">
      <event id="13">
        <title>Workshop om kompetens</title>
        <type>workshop</type>
        <start>09:30</start>
        <duration>02:00</duration>
        <language>en</language>
        <persons><person>René Müller</person></persons>
      </event>
    </room>
  </day>
</schedule>
"""

PRETALX_JSON = json.dumps(
    {
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": "pretalx", "version": "2024.1.0"},
        "schedule": {
            "version": "0.3",
            "base_url": "https://pretalx.example.invalid/vek/schedule/",
            "conference": {
                "acronym": "vek2023",
                "title": "Växa eller Krympa 2023",
                "start": "2023-05-23",
                "end": "2023-05-23",
                "daysCount": 1,
                "timeslot_duration": "00:05",
                "time_zone_name": "Europe/Stockholm",
                "rooms": [{"name": "Aulan", "guid": "5c5a7f4e-1111-4c4c-9c9c-222233334444"}],
                "tracks": [{"name": "Demografi", "color": "#aa0000"}],
                "days": [
                    {
                        "index": 1,
                        "date": "2023-05-23",
                        "day_start": "2023-05-23T04:00:00+02:00",
                        "day_end": "2023-05-24T03:59:00+02:00",
                        "rooms": {
                            "Aulan": [
                                {
                                    "url": "https://pretalx.example.invalid/vek/talk/ABCDEF/",
                                    "id": 101,
                                    "guid": "9f6d7a3e-5b2c-5d1e-8f4a-0c1b2d3e4f50",
                                    "date": "2023-05-23T09:15:00+02:00",
                                    "start": "09:15",
                                    "logo": None,
                                    "duration": "00:45",
                                    "room": "Aulan",
                                    "slug": "vek2023-101-befolkning",
                                    "title": "Befolkning &amp; framtid",
                                    "subtitle": "",
                                    "track": "Demografi",
                                    "type": "Talk",
                                    "language": "sv",
                                    "abstract": "Hur <b>krymper</b> en kommun?",
                                    "description": "",
                                    "recording_license": "",
                                    "do_not_record": False,
                                    "persons": [
                                        {
                                            "code": "XYZ123",
                                            "name": "Per Sandgren",
                                            "public_name": "Per Sandgren",
                                            "biography": None,
                                            "answers": [],
                                        }
                                    ],
                                    "links": [],
                                    "feedback_url": "",
                                    "origin_url": "",
                                    "attachments": [],
                                },
                                {
                                    "id": 102,
                                    "guid": None,
                                    "date": "2023-05-23T10:15:00+02:00",
                                    "start": "10:15",
                                    "duration": "00:30",
                                    "room": "Aulan",
                                    "title": "Samtal",
                                    "track": None,
                                    "type": "Panel",
                                    "language": None,
                                    "abstract": None,
                                    "persons": [
                                        {"public_name": "Josefina Syssner"},
                                        {"name": "Sverker Olofsson"},
                                    ],
                                },
                            ]
                        },
                    }
                ],
            },
        },
    },
    ensure_ascii=False,
)

C3VOC_JSON = json.dumps(
    {
        "schedule": {
            "version": "1",
            "conference": {
                "acronym": "vek2024",
                "title": "Växa eller Krympa 2024",
                "start": "2024-05-21T09:00:00+02:00",
                "end": "2024-05-21T17:00:00+02:00",
                "days": [],
                "time_zone_name": "Europe/Stockholm",
                "rooms": [{"name": "Stora salen", "guid": "11111111-2222-4333-8444-555555555555"}],
                "tracks": [{"name": "Välfärd", "slug": "valfard"}],
            },
            "events": [
                {
                    "guid": "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
                    "title": "Välfärd i glesbygd",
                    "start": "2024-05-21T09:00:00+02:00",
                    "end": "2024-05-21T09:40:00+02:00",
                    "room": {"guid": "11111111-2222-4333-8444-555555555555"},
                    "track": {"slug": "valfard"},
                    "type": "LIGHTNING_TALK",
                    "language": "sv",
                    "abstract": {"sv": "Om välfärd", "en": "About welfare"},
                    "participants": [
                        {"name": "Anna Åström", "role": "SPEAKER", "guid": "x"},
                        {"name": "Sverker Olofsson", "role": "MODERATOR", "guid": "y"},
                    ],
                },
                {
                    "type": "BREAK",
                    "title": "Fika",
                    "start": "2024-05-21T10:00:00+02:00",
                    "end": "2024-05-21T10:30:00+02:00",
                },
            ],
        },
    },
    ensure_ascii=False,
)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<schedule><conference><title>&lol9;</title></conference></schedule>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<schedule><conference><title>&xxe;</title></conference></schedule>
"""
