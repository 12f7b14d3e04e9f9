# Every target creates .venv if it is missing and installs the pinned dependencies (constraints.txt) into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := sample
DEMO_OUT := out/demo

.PHONY: demo test lint typecheck unit bench lock clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev,e5,wordfreq,bench]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/storyweave run $(SAMPLE) --out $(DEMO_OUT)
	@echo
	@echo "Results: $(DEMO_OUT)/events.jsonl (one line per event), $(DEMO_OUT)/articles.jsonl (one line per article)"
	@echo "         and $(DEMO_OUT)/storyweave.db (the SQLite store they are exported from)."

test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest exits 5 when it collects nothing: that is a broken suite, so it fails loudly instead of passing quietly.
unit: $(STAMP)
	$(BIN)/python -m pytest -q || { code=$$?; [ $$code -ne 5 ] || echo "pytest collected no tests: failing" >&2; exit $$code; }

bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/clustering_scale.py
	$(BIN)/python bench/clustering.py

# Re-pin: resolve the newest allowed versions in a scratch venv and write them to constraints.txt.
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/python -m pip install --quiet --upgrade pip && .lockenv/bin/python -m pip install --quiet -e ".[dev,e5,wordfreq,bench]"
	.lockenv/bin/python -m pip freeze --exclude-editable | grep -v '^storyweave' > constraints.txt
	rm -rf .lockenv

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
