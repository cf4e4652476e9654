# waqai: two commands for a new user -- `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_WH ?= demo-warehouse

.PHONY: install demo test bench bench-long bench-dates model eval-models clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf $(DEMO_WH)
	$(VENV)/bin/waqai run --input samples --warehouse $(DEMO_WH)
	$(VENV)/bin/waqai query --warehouse $(DEMO_WH) "select event_type, status, actor1_country, actor2_country, date_start, date_end, trigger_text from events order by date_start"
	$(VENV)/bin/waqai query --warehouse $(DEMO_WH) "select text, value_start, value_end, calendar from timexes order by doc_id, start_char limit 15"
	$(VENV)/bin/waqai query --warehouse $(DEMO_WH) "select upos, count(*) n from tokens group by upos order by n desc limit 8"
	$(VENV)/bin/waqai report --warehouse $(DEMO_WH) --output $(DEMO_WH)/report.html

test: $(STAMP)
	$(PY) -m pytest -q

# documents/s, marginal cost over raw UDPipe, fixed cost, speed-up with 1..cores workers
bench: $(STAMP)
	$(PY) bench/bench_pipeline.py $(BENCH_ARGS)

# One 2 MB single-line text vs the same text with line breaks: time and peak memory.
bench-long: $(STAMP)
	$(PY) bench/bench_long.py

bench-dates: $(STAMP)
	$(PY) bench/bench_dates.py

# Train the project's own UDPipe model from treebank/ (fixed options and held-out split).
model: $(STAMP)
	$(PY) -m waqai.nlp.training --config treebank/train.yaml

# Evaluate the shipped and the shared model side by side (CoNLL-U metrics and dev-set scores).
eval-models: $(STAMP)
	$(PY) bench/eval_models.py

clean:
	rm -rf $(VENV) $(DEMO_WH) .pytest_cache .hypothesis
