# Every target works on a fresh machine with Python 3.11+ and make: the venv is built on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test chat run bench lint clean chromium

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .

# One test process per core: every test has its own SQLite file and PostgreSQL schema, so they run side by side.
test: $(STAMP) lint chromium
	$(BIN)/python -m pytest -n auto

# The Mini App's browser test drives Debian's chromium (Playwright never downloads a browser of its own).
# Installed here when missing and apt can (root); otherwise that one test is skipped and says why.
chromium:
	@command -v chromium >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
		echo "chromium could not be installed: the browser test will be skipped"

chat: $(STAMP)
	$(BIN)/gabinete chat $(ARGS)

run: $(STAMP)
	$(BIN)/gabinete run $(ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
