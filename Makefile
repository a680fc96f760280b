# Service Counter: the two set-up commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
APT_PACKAGES := libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 \
	xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 fonts-noto-cjk fonts-dejavu-core poppler-utils \
	postgresql faketime xdotool openbox x11-utils \
	python3-pyatspi at-spi2-core dbus-x11
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test system venv lint i18n bench bench-small check-migrate-roundtrip screenshots docs demo dist smoke-dist clean

run: system venv  ## install everything, open the app on a fresh demo shop (needs a display)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "No display: starting the app under Xvfb (xvfb-run)"; \
		QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" $(PY) -m counter_app --demo; \
	else QT_QPA_PLATFORM= $(PY) -m counter_app --demo; fi

test: system venv  ## install everything, run the whole test suite (lint, layers, tests)
	$(MAKE) --no-print-directory lint
	$(PY) -m pytest -n auto  # one pytest-xdist worker a core (tests/conftest.py: scheduling)

system:  ## Debian/Ubuntu packages Qt, fonts and the tests need (skipped when present)
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages: $$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

venv: $(STAMP)
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev,postgres]"
	touch $(STAMP)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

i18n: venv  ## update .ts from the code, fill from the glossaries, compile .qm
	$(PY) tools/i18n.py

demo: venv  ## a demo database at ./demo.sqlite3 with 2,000 tickets
	$(PY) -m counter_app --db demo.sqlite3 demo --tickets 2000

bench: venv  ## the full benchmark (10k, 100k, 1M tickets; takes a while)
	$(PY) -m bench

check-migrate-roundtrip: system venv  ## migrate the 100k-ticket demo to a throwaway PostgreSQL, compare
	PYTHONPATH=. $(PY) tools/migrate_roundtrip.py --tickets 100000

bench-small: venv
	$(PY) -m bench --scale 10000,100000

docs: venv  ## regenerate docs/reference (commands, settings, keys) and docs/zh-TW from the code
	$(PY) tools/gen_docs.py

screenshots: system venv  ## PNGs of every page, English and Simplified Chinese
	$(PY) -m counter_app.ui.screenshots docs/screenshots

dist: system venv  ## one-folder bundle in dist/counter-app (PyInstaller); prints its size
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller installer/counter-app.spec
	@du -sh dist/counter-app | awk '{print "Bundle size: " $$1 " (dist/counter-app)"}'

smoke-dist: venv  ## run the BUILT bundle under env -i with a temporary HOME
	$(PY) tools/smoke_bundle.py dist/counter-app/counter-app

clean:
	rm -rf $(VENV) build dist *.egg-info
