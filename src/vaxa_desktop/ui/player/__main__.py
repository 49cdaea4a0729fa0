"""`python -m vaxa_desktop.ui.player FILE [TITLE] [SUBTITLES]`: play one file in a PlayerWindow."""

from __future__ import annotations

import sys
from pathlib import Path

from vaxa_desktop.media.vlcboot import prepare_platform


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m vaxa_desktop.ui.player FILE [TITLE] [SUBTITLES]", file=sys.stderr)
        return 2
    prepare_platform()
    from PySide6.QtWidgets import QApplication

    from vaxa_desktop.ui.player.window import PlayerWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = PlayerWindow()
    path = Path(args[0])
    title = args[1] if len(args) > 1 else path.stem
    subs = Path(args[2]) if len(args) > 2 else None
    window.show()
    window.load(path, title, subtitles=subs)
    code = int(app.exec())
    from vaxa_desktop.ui.player.surfaces import let_players_go

    let_players_go()  # the player's window outlives the player, which stops in the background
    return code


if __name__ == "__main__":
    raise SystemExit(main())
