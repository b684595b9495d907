# resume-autofix — a newcomer needs two commands: `make demo` and `make test`. Both set themselves up.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
SAM_VENV := .venv-sam
CHECKOV_VENV := .venv-checkov
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
SAM := $(SAM_VENV)/bin/sam
SAM_VERSION := 1.170.0
PORT ?= 8123
PYTEST_ARGS ?=
export SAM_CLI_TELEMETRY := 0
export AWS_DEFAULT_REGION ?= eu-west-1

STACK ?= resume-autofix
NPM := npm --prefix web --no-audit --no-fund

.PHONY: help dev system chromium web web-deps test test-py test-web test-e2e test-fast lint format typecheck \
	validate demo serve bench build invoke deploy-web clean

help:
	@echo "make demo      run the pipeline locally on a sample resume (writes out/)"
	@echo "make test      install everything and run the whole test suite"
	@echo "make serve     the local API and the web app on http://127.0.0.1:$(PORT)/"
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

# checkov in its own venv (its pins clash with requirements-dev.txt): the template scan in the tests
$(CHECKOV_VENV)/.installed: requirements-checkov.txt
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-checkov.txt
	touch $@

# memcached for the tests (the session starts its own on a free loopback port); installed when missing
system:
	@if ! command -v memcached >/dev/null; then \
		echo "installing memcached"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq memcached >/dev/null; \
	fi

# the browser tests use Debian's chromium (browsers cannot be downloaded by npm here)
chromium:
	@if ! command -v chromium >/dev/null; then \
		echo "installing chromium"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

# the DOCX tests open every file in LibreOffice headless (skipped only where soffice is missing); `make test` runs
# test-py, which installs it
.PHONY: libreoffice
libreoffice:
	@if ! command -v soffice >/dev/null; then \
		echo "installing libreoffice-writer-nogui"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libreoffice-writer-nogui >/dev/null; \
	fi
	@# a font for Japanese and Korean, or LibreOffice's PDFs of those DOCX tests have no text layer (the tests skip)
	@if ! fc-list :lang=ja 2>/dev/null | grep -q .; then \
		echo "installing fonts-noto-cjk"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq fonts-noto-cjk >/dev/null; \
	fi

web/node_modules/.installed: web/package.json web/package-lock.json
	$(NPM) ci
	touch $@

web-deps: web/node_modules/.installed

web: web-deps
	$(NPM) run build

dev: $(VENV)/.installed $(SAM_VENV)/.installed $(CHECKOV_VENV)/.installed system

# --- the two commands -------------------------------------------------------------------------------------------
demo: $(VENV)/.installed
	$(PY) -m resume_autofix demo --out out

serve: $(VENV)/.installed web
	@echo "resume-autofix: open http://127.0.0.1:$(PORT)/"
	$(PY) -m resume_autofix serve --port $(PORT)

# lint (ruff, mypy), the web unit tests, the browser end to end against the local API, then every Python test
test: dev web chromium
	$(MAKE) --no-print-directory lint test-web test-e2e test-py

test-py: dev libreoffice
	$(PY) -m pytest -n 2 --dist loadgroup -q $(PYTEST_ARGS)

test-web: web-deps
	$(NPM) test

# the six steps of the page in real headless Chromium, against `serve` on a free loopback port
test-e2e: web chromium $(VENV)/.installed
	@mkdir -p .tmp; rm -f .tmp/e2e-url; \
	$(PY) -m resume_autofix serve --port 0 --ready-file .tmp/e2e-url > .tmp/serve-e2e.log 2>&1 & pid=$$!; \
	trap "kill $$pid 2>/dev/null" EXIT; \
	for _ in $$(seq 100); do [ -s .tmp/e2e-url ] && break; sleep 0.1; done; \
	[ -s .tmp/e2e-url ] || { echo "the local API did not start:"; cat .tmp/serve-e2e.log; exit 1; }; \
	BASE_URL=$$(cat .tmp/e2e-url) $(NPM) run e2e

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
	$(CHECKOV_VENV)/bin/checkov -f template.yaml --framework cloudformation --compact --quiet --skip-download
	$(VENV)/bin/statelint statemachine/autofix.asl.json
	@# statelint 3.1.0 predates ReaderConfig.InputType (AWS documents it for S3 item sources): that is the one
	@# problem it may report on the bulk machine; anything else fails
	@out=$$($(VENV)/bin/statelint statemachine/bulk.asl.json); \
	rest=$$(echo "$$out" | grep -v -e '^One error:$$' -e '^[0-9]* errors:$$' \
		-e 'Field "InputType" not allowed in State Machine.States.ProcessInputs.ItemReader.ReaderConfig'); \
	if [ -n "$$rest" ]; then echo "$$out"; exit 1; else echo "statelint: statemachine/bulk.asl.json ok (InputType: a statelint gap)"; fi

bench: dev web chromium libreoffice
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# the deployable build: python3.13 arm64 wheels for the layer (no Docker needed; PyPI is used for the wheels)
build: $(SAM_VENV)/.installed
	PYENV_VERSION=3.13.0 $(SAM) build

# sam local invoke needs Docker; where it exists: make invoke FN=CacheAdminFunction EVENT=events/cache-stats.json
invoke: build
	$(SAM) local invoke $(FN) -e $(EVENT)

# upload the built page to the stack's private bucket (CloudFront serves it) with the API's URL filled in
deploy-web: web
	@bucket=$$(aws cloudformation describe-stacks --stack-name $(STACK) \
		--query "Stacks[0].Outputs[?OutputKey=='WebBucketName'].OutputValue" --output text); \
	api=$$(aws cloudformation describe-stacks --stack-name $(STACK) \
		--query "Stacks[0].Outputs[?OutputKey=='ApiUrl'].OutputValue" --output text); \
	sed -i "s|name=\"api-base\" content=\"[^\"]*\"|name=\"api-base\" content=\"$$api\"|" web/dist/index.html; \
	aws s3 sync web/dist "s3://$$bucket" --delete --exclude "*.map"; \
	echo "uploaded to s3://$$bucket; the page calls $$api"

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache .aws-sam
