# Two commands for a fresh Linux machine with Python 3.11:  make run   and   make test
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
export QT_LOGGING_RULES ?= qt.qpa.*=false

.PHONY: run test bench lint forms forms-check translations qm stress clean demo

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 is needed (python3.11 or python3 on PATH)"; exit 1; }
	$(PYTHON) -m venv $(VENV) || { echo "venv failed: on Debian run  apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

run: $(STAMP) qm
	@installer/linux-deps.sh gui
	$(BIN)/python -m pedagogue_app

test: $(STAMP) qm forms-check
	@installer/linux-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

stress: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m stress

bench: $(STAMP) qm
	@installer/linux-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy pedagogue_app

forms: $(STAMP)
	$(BIN)/python installer/build_forms.py

forms-check: $(STAMP)
	$(BIN)/python installer/build_forms.py --check

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py,ui -no-obsolete pedagogue_app ui -ts $(TS)
	$(MAKE) qm

demo: $(STAMP) qm
	$(BIN)/python -m pedagogue_app demo --data-dir demo-data

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(QM)
