"""Vaxa Desktop: an offline archive of a conference series."""

__version__ = "0.1.0"
APP_NAME = "Vaxa Desktop"
APP_ID = "vaxa-desktop"
