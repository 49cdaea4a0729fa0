"""The cue-list editor: build, trim and check cue lists before the show."""
