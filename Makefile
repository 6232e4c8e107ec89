# Two commands do all set-up: `make demo` (the main job on the sample corpus) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB ?= out/demo.sqlite

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,ray]"
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/accord extract samples --format jsonl --output out/demo.jsonl
	$(BIN)/accord run samples --db $(DEMO_DB)
	$(BIN)/accord partners TJK --db $(DEMO_DB)
	$(BIN)/accord dyad TJK RUS --db $(DEMO_DB)
	@echo
	@echo "Results: out/demo.jsonl (one contract object per sample page) and $(DEMO_DB) (the knowledge base)."
	@echo "Try: $(BIN)/accord search hydropower --db $(DEMO_DB)   or   $(BIN)/accord --help"
	@echo "Brief: $(BIN)/accord brief TJK IRN --db $(DEMO_DB) --format html -o out/brief-TJK-IRN.html"
	@echo "Dashboard: $(BIN)/accord serve --db $(DEMO_DB)   then open http://127.0.0.1:8000/country/TJK"

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python scripts/benchmark.py

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
