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
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev,e5,wordfreq,names,bench,peers,tls,summaries,web,browser,export]"
# tilse's timeline scorer (evaluate timelines) without its model dependencies (extra 'tls' brings what the scorer
# imports), and Debian's XML::Parser for the ROUGE-1.5.5 Perl script it bundles.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps "tilse==0.2.1"
# sumy's LexRank and TextRank (evaluate summaries) without its HTML reader, CLI and setuptools pin (extra 'summaries'
# brings what they import); its version is pinned in constraints.txt.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -c constraints.txt sumy
	@perl -MXML::Parser -MDB_File -e1 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing libxml-parser-perl for ROUGE-1.5.5"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libxml-parser-perl >/dev/null; \
	  else \
	    echo "NOTE: ROUGE-1.5.5 (evaluate timelines) needs Perl's XML::Parser; as root run: apt-get install libxml-parser-perl" >&2; \
	  fi; }
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/storyweave run $(SAMPLE) --out $(DEMO_OUT)
	@echo
	@echo "Results: $(DEMO_OUT)/events.jsonl (one line per event with its digest), $(DEMO_OUT)/articles.jsonl (one line per article)"
	@echo "         and $(DEMO_OUT)/storyweave.db (the SQLite store they are exported from)."
	$(BIN)/storyweave report --store $(DEMO_OUT)/storyweave.db --out $(DEMO_OUT)/report
	@echo
	@echo "Serve it: $(BIN)/storyweave serve --store $(DEMO_OUT)/storyweave.db"
	@echo "Static report: $(DEMO_OUT)/report/index.html"

test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest exits 5 when it collects nothing: that is a broken suite, so it fails loudly instead of passing quietly.
unit: $(STAMP)
	@bash scripts/browser-setup.sh || echo "NOTE: without Debian's chromium the browser test is skipped" >&2
	$(BIN)/python -m pytest -q || { code=$$?; [ $$code -ne 5 ] || echo "pytest collected no tests: failing" >&2; exit $$code; }

bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/clustering_scale.py
	$(BIN)/python bench/clustering.py

# Re-pin: resolve the newest allowed versions in a scratch venv and write them to constraints.txt.
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/python -m pip install --quiet --upgrade pip && .lockenv/bin/python -m pip install --quiet -e ".[dev,e5,wordfreq,names,bench,peers,tls,summaries,web,browser,export]"
	.lockenv/bin/python -m pip install --quiet --no-deps sumy
	.lockenv/bin/python -m pip freeze --exclude-editable | grep -v '^storyweave' > constraints.txt
	rm -rf .lockenv

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
