"""Presenter mode: the output window on the projector and the control window on the laptop."""
