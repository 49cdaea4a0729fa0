"""Interchange formats: schedules in (frab, pretalx, c3voc), records out (JSON, CSV,
frab, PBCore, BagIt) and event bundles. Pure: depends on `domain` only (no Qt, no SQL).
"""
