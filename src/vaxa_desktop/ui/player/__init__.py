"""The embedded player widgets: `PlayerPanel` for the browser, `PlayerWindow` on its own."""

from vaxa_desktop.ui.player.panel import PlayerPanel
from vaxa_desktop.ui.player.window import PlayerWindow

__all__ = ["PlayerPanel", "PlayerWindow"]
