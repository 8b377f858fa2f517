# The two commands of the README:
#   make timeline   set everything up and build timeline.json (+ timeline.html) from seeds/ with the embedded model
#   make test       set everything up and run the offline test suite
# Others: make record [TESTS=...] (re-record cassettes against the real local server), make bench,
# make bench-concurrency, make bench-threads, make lint, make schemas, make clean.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
WHEELS ?= $(HOME)/.cache/timeline/wheels
# llama.cpp built for a portable AVX2 CPU: -march=native picks AMX kernels that crash (SIGSEGV) on
# some virtual CPUs, and the tools and llava are not needed (8 instead of 25 minutes on 2 cores).
LLAMA_CMAKE_ARGS := -DLLAVA_BUILD=OFF -DLLAMA_BUILD_TOOLS=OFF -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON \
	-DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF
LLAMA_VERSION := 0.3.36

.PHONY: timeline test record bench bench-concurrency bench-threads lint schemas clean
# A target whose recipe fails is deleted, as on Ctrl-C: a venv whose creation failed half-way (no
# ensurepip: Debian's python3-venv missing) left .venv/bin/python, so every later run skipped it and
# failed on `.venv/bin/pip: not found`.
.DELETE_ON_ERROR:

# The stamp below says the wheel was built. Without the wheel itself (`rm wheels/*.whl` keeps the
# dot-file stamp) pip would build llama-cpp-python from source without LLAMA_CMAKE_ARGS (the AMX
# crash, 25 minutes), so the stamp is then remade, which builds the wheel again with them.
ifeq ($(wildcard $(WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl),)
.PHONY: $(WHEELS)/.llama-$(LLAMA_VERSION)
endif

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

# The wheel is built once per machine and kept outside the checkout, so a fresh clone reuses it.
$(WHEELS)/.llama-$(LLAMA_VERSION): | $(BIN)/python
	mkdir -p $(WHEELS)
	ls $(WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1 || \
		CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip wheel --no-deps --no-cache-dir -w $(WHEELS) \
		"llama-cpp-python==$(LLAMA_VERSION)"
	touch $@

$(VENV)/.local-installed: pyproject.toml $(WHEELS)/.llama-$(LLAMA_VERSION) | $(BIN)/python
	$(BIN)/pip install --quiet --find-links $(WHEELS) -e ".[local]"
	touch $@

timeline: $(VENV)/.local-installed
	$(BIN)/timeline build seeds/ -o timeline.json
	$(BIN)/timeline export timeline.json --format html -o timeline.html
	@echo "wrote timeline.json and timeline.html"

test: $(VENV)/.test-installed
	$(BIN)/python -m pytest

# Starts the embedded model's server, re-records every cassette test against it, then replays once.
record: $(VENV)/.local-installed $(VENV)/.test-installed
	$(BIN)/python scripts/record.py $(TESTS)

bench: $(VENV)/.local-installed
	$(BIN)/python scripts/bench.py --output bench.json

# Same documents one after another, then all at once (fresh server each): does the server gain?
bench-concurrency: $(VENV)/.local-installed
	$(BIN)/python scripts/concurrency.py --output bench-concurrency.json

bench-threads: $(VENV)/.local-installed
	$(BIN)/python scripts/threads.py --output bench-threads.json

lint: $(VENV)/.test-installed
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/ruff check timeline tests scripts
	$(BIN)/ruff format --check timeline tests scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

schemas: $(VENV)/.test-installed
	$(BIN)/timeline schema

clean:
	rm -rf $(VENV) timeline.json timeline.html bench.json bench-concurrency.json bench-threads.json
