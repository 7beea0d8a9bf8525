# Medvind: `make run` starts the whole stack, `make test` runs every test.
# Both set up everything first (two virtualenvs, Swedish spaCy pipeline,
# database, trained model) and redo only the steps whose inputs changed.
#
# Two runtimes: the Rasa servers on Rasa 3.6 / Python 3.10 (.venv, loopback
# only), the public web app and the action server on Python 3.12 with current
# libraries (.venv-app). README.md, "Runtimes", says why.

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV   := .venv
BIN    := $(VENV)/bin
APP_VENV := .venv-app
APP_BIN  := $(APP_VENV)/bin
PORT   ?= 8080
# honcho overwrites PORT for each process, so the web app reads WEB_PORT.
export WEB_PORT := $(PORT)
# Never send crash reports or usage data anywhere: answers are about mental health.
export RASA_TELEMETRY_ENABLED := false

# Rasa 3.6 runs on Python 3.8-3.10; look on PATH first, then in pyenv.
PYTHON310 ?= $(shell for p in python3.10 $$(pyenv root 2>/dev/null)/versions/3.10*/bin/python3.10; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; \
	then command -v $$p; break; fi; done)
# The web app and the action server: Python 3.12.
PYTHON312 ?= $(shell for p in python3.12 $$(pyenv root 2>/dev/null)/versions/3.12*/bin/python3.12; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null; \
	then command -v $$p; break; fi; done)

SPACY_MODEL := var/spacy/sv_medvind
MODEL       := models/medvind.tar.gz
RASA_INPUTS := config.yml $(shell find domain data -name '*.yml' 2>/dev/null) $(wildcard bot/nlu/*.py bot/safety/*.py bot/safety/signals/*.py) $(SPACY_MODEL)/meta.json
# A removed input changes no timestamp: the list of inputs is kept in a file that
# is rewritten only when the list changes, so removing a data file retrains too.
INPUT_LIST  := var/rasa_inputs.txt
$(shell mkdir -p var && echo '$(sort $(RASA_INPUTS))' | cmp -s - $(INPUT_LIST) || echo '$(sort $(RASA_INPUTS))' > $(INPUT_LIST))

.PHONY: test-unit help setup run test eval train db lint clean system-packages chaos

help:
	@echo "make run    set up everything and start Medvind on http://localhost:$(PORT)/"
	@echo "make test   set up everything and run every test"
	@echo "make eval   NLU report: held-out data and $(FOLDS)-fold CV, Medvind vs Rasa's default (slow)"
	@echo "make chaos  kill -9 every process kind under load; no acknowledged answer may be lost or doubled (minutes)"

# A virtualenv with pinned packages and Medvind itself: python, folder, requirements, constraints.
define install_venv
	test -x $(2)/bin/python || $(1) -m venv $(2)
	$(2)/bin/python -m pip install --quiet --upgrade pip==24.0
	$(2)/bin/pip install --quiet -r $(3) -c $(4)
	$(2)/bin/pip install --quiet --no-deps -e .
endef

$(BIN)/.installed: requirements.txt constraints.txt pyproject.toml
	@if [ -z "$(PYTHON310)" ]; then \
	  echo "Medvind needs Python 3.10 (Rasa Open Source 3.6.21 supports Python 3.8-3.10)."; \
	  echo "Install it, for example: 'pyenv install 3.10.13' or 'apt-get install python3.10 python3.10-venv',"; \
	  echo "then run make again (or pass PYTHON310=/path/to/python3.10)."; \
	  exit 1; fi
	$(call install_venv,$(PYTHON310),$(VENV),requirements.txt,constraints.txt)
	# Rasa sends crash reports to Sentry with a key shipped in the package, whatever
	# the telemetry setting; without the key file nothing can leave the machine.
	rm -f $$($(BIN)/python -c 'import rasa, os; print(os.path.join(os.path.dirname(rasa.__file__), "keys"))')
	touch $@

$(APP_BIN)/.installed: requirements-app.txt constraints-app.txt pyproject.toml
	@if [ -z "$(PYTHON312)" ]; then \
	  echo "Medvind's web app and action server need Python 3.12."; \
	  echo "Install it, for example: 'pyenv install 3.12.1' or 'apt-get install python3.12 python3.12-venv',"; \
	  echo "then run make again (or pass PYTHON312=/path/to/python3.12)."; \
	  exit 1; fi
	$(call install_venv,$(PYTHON312),$(APP_VENV),requirements-app.txt,constraints-app.txt)
	touch $@

# The lemma table keeps only what the training data needs (bot/spacy_sv.py).
$(SPACY_MODEL)/meta.json: $(BIN)/.installed bot/spacy_sv.py $(wildcard data/nlu/*.yml)
	$(BIN)/python -m bot build-spacy $(SPACY_MODEL)

# Rasa's training cache knows the spaCy pipeline only by its path, so a rebuilt
# pipeline forces a full training.
$(MODEL): $(BIN)/.installed $(RASA_INPUTS) $(INPUT_LIST)
	$(BIN)/rasa train --fixed-model-name medvind --out models --quiet \
	  $(if $(filter $(SPACY_MODEL)/meta.json,$?),--force)
	touch $@

setup: $(BIN)/.installed $(APP_BIN)/.installed $(SPACY_MODEL)/meta.json db

train: $(MODEL)

# The encryption key is made on first start (var/keys.json, or MEDVIND_KEYS), and
# anything stored before encryption was turned on is sealed.
db: $(APP_BIN)/.installed
	$(APP_BIN)/python -m bot keys init
	$(APP_BIN)/python -m bot db upgrade
	$(APP_BIN)/python -m bot keys seal

run: setup $(MODEL)
	@echo "Starting Medvind. Open http://localhost:$(PORT)/ (Ctrl-C stops everything)."
	PYTHONWARNINGS=ignore TF_CPP_MIN_LOG_LEVEL=2 $(BIN)/honcho start -f Procfile

# The servers the tests run for real, from Debian (apt, needs root as on CI):
# Chromium for the browser tests, PostgreSQL, Redis and nginx (started by the
# tests themselves on loopback, never as system services). Only what is missing
# is installed. axe-core comes from npm.
# Each entry: a file whose presence means the package is there, and the package.
SYSTEM_PACKAGES := /usr/bin/chromium=chromium /usr/bin/chromedriver=chromium-driver \
	/usr/sbin/nginx=nginx /usr/bin/redis-server=redis-server \
	/usr/lib/postgresql/15/bin/initdb=postgresql
system-packages:
	@missing=$$(for entry in $(SYSTEM_PACKAGES); do [ -e $${entry%%=*} ] || echo $${entry#*=}; done); \
	if [ -n "$$missing" ]; then echo "Installing from Debian:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; fi

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --silent

# tests/rasa/ needs Rasa itself; everything else runs where the web app and
# the action server run, against a stack of real processes in both runtimes.
test: setup $(MODEL) system-packages node_modules/.package-lock.json
	$(BIN)/ruff check .
	$(BIN)/rasa data validate --quiet
	$(BIN)/python -m pytest -q tests/rasa
	$(APP_BIN)/python -m pytest -q tests --ignore=tests/rasa
	$(BIN)/rasa test core --model $(MODEL) --stories tests/stories --fail-on-prediction-errors --out var/results/core --quiet

# The fast path while changing code: everything that needs neither the trained
# model nor a real server (tests marked `stack`, tests/conftest.py). Minutes
# less than `make test`, which is still what says a change is done.
test-unit: setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -m "not stack" tests/rasa
	$(APP_BIN)/python -m pytest -q -m "not stack" tests --ignore=tests/rasa

FOLDS ?= 5
eval: setup $(MODEL)
	$(BIN)/python -m bot eval --folds $(FOLDS)
	$(BIN)/python -m bot safety-cv
	$(BIN)/python -m bot safety-eval

# Long runs that print figures (bench/README.md); not part of make test.
chaos: setup $(MODEL)
	$(APP_BIN)/python bench/chaos.py --answers 800 --kills 4
	$(BIN)/python bench/long_conversation.py --turns 800

lint: $(BIN)/.installed
	$(BIN)/ruff check .

clean:
	rm -rf var models results $(APP_VENV)
