"""`python -m vaxa_desktop` opens the GUI, like the `vaxa-desktop` command."""

from vaxa_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
