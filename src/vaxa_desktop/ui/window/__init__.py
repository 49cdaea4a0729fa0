"""The main window's parts: one controller per job, each holding a typed reference to it.

`ui.main_window.MainWindow` builds the widgets and wires these together:
archive opening, the status bar, navigation, search, details and playing,
cue lists, segments marked in the player, and the menus and shortcuts.
"""
