# resume-autofix — a newcomer needs two commands: `make demo` and `make test`. Both set themselves up.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
SAM_VENV := .venv-sam
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
SAM := $(SAM_VENV)/bin/sam
SAM_VERSION := 1.170.0
PORT ?= 8123
PYTEST_ARGS ?=
export SAM_CLI_TELEMETRY := 0
export AWS_DEFAULT_REGION ?= eu-west-1

.PHONY: help dev system test test-fast lint format typecheck validate demo bench invoke clean

help:
	@echo "make demo      run the pipeline locally on a sample resume (writes out/)"
	@echo "make test      install everything and run the whole test suite"
	@echo "make lint      ruff + mypy     make validate   cfn-lint + sam validate --lint + statelint"
	@echo "make bench     print the benchmarks"

# --- set-up -----------------------------------------------------------------------------------------------------
$(VENV)/.installed: requirements-dev.txt shared/requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check --upgrade pip
	$(PIP) install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PIP) install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(SAM_VENV)/.installed:
	test -x $(SAM_VENV)/bin/python || $(PYTHON) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/pip install --quiet --disable-pip-version-check aws-sam-cli==$(SAM_VERSION)
	touch $@

# memcached for the tests (the session starts its own on a free loopback port); installed when missing
system:
	@if ! command -v memcached >/dev/null; then \
		echo "installing memcached"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq memcached >/dev/null; \
	fi

dev: $(VENV)/.installed $(SAM_VENV)/.installed system

# --- the two commands -------------------------------------------------------------------------------------------
demo: $(VENV)/.installed
	$(PY) -m resume_autofix demo --out out

test: dev
	$(PY) -m pytest -n 2 --dist loadgroup -q $(PYTEST_ARGS)

test-fast: $(VENV)/.installed
	$(PY) -m pytest -q -x tests/unit $(PYTEST_ARGS)

# --- checks -----------------------------------------------------------------------------------------------------
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check shared functions tests bench
	$(VENV)/bin/mypy

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format shared functions tests bench

typecheck: $(VENV)/.installed
	$(VENV)/bin/mypy

validate: dev
	$(VENV)/bin/cfn-lint template.yaml
	$(SAM) validate --lint --template-file template.yaml
	$(VENV)/bin/statelint statemachine/autofix.asl.json

bench: dev
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# sam local invoke needs Docker; where it exists: make invoke FN=CacheAdminFunction EVENT=events/cache-stats.json
invoke: $(SAM_VENV)/.installed
	PYENV_VERSION=3.13.0 $(SAM) build
	$(SAM) local invoke $(FN) -e $(EVENT)

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache .aws-sam
