"""The main window's parts: one `WindowState`, and one controller per job.

`ui.main_window.MainWindow` builds the widgets and these, and wires them
together: archive opening, the status bar, navigation, search, details and
playing, cue lists, segments marked in the player, the shared-catalogue
watcher, and the menus and shortcuts. None of them imports the window.
"""
