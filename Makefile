# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint sysdeps venv translations clips bench bench-quick clean

run: sysdeps venv
	$(BIN)/vaxa-desktop $(ARCHIVE)

test: sysdeps venv lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not xvfb" $(PYTEST_ARGS)
	xvfb-run -a -s "-screen 0 1400x900x24" env VAXA_TEST_DISPLAY=1 \
		$(BIN)/python -m pytest -m xvfb $(PYTEST_ARGS)

test-fast: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not xvfb and not slow" -x -q

lint: venv
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python tools/check_translations.py

sysdeps:
	@bash tools/sysdeps.sh

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

translations: venv
	$(BIN)/python tools/update_translations.py

clips: venv
	$(BIN)/python tools/make_demo_clips.py

bench: venv
	$(BIN)/python bench/run_all.py

# Small sizes, a few minutes, one table; by hand only, never fails the build.
bench-quick: venv
	-$(BIN)/python bench/bench_quick.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
