# Werkwaarde: the two commands of the README, plus the benchmark.
#   make serve   build the app (installing what is missing) and serve dist/ on http://127.0.0.1:8080
#   make test    install what is missing, run every native and real-browser test
#   make bench   sizes and timings for the README (not a test)
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
TOOLS_BIN := $(HOME)/.cache/werkwaarde-tools/bin
export PATH := $(TOOLS_BIN):$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
PORT ?= 8080

.PHONY: serve build test test-native test-browser bench tools tools-test

tools:
	scripts/tools.sh build >/dev/null

tools-test:
	scripts/tools.sh test >/dev/null

# The shell first (it replaces dist/), then each area that is its own wasm into dist/<area>/.
build: tools
	cargo fetch --locked
	trunk build --release --offline
	trunk --config Trunk.zelftoets.toml build --release --offline
	trunk --config Trunk.examen.toml build --release --offline
	trunk --config Trunk.loonwaarde.toml build --release --offline

serve: build
	@echo "Werkwaarde: http://127.0.0.1:$(PORT)/  (Ctrl+C stops)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

test: tools-test
	cargo test --locked
	$(MAKE) build
	$(MAKE) test-browser

test-native:
	cargo test --locked

test-browser:
	cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error && npm test

bench: tools-test build
	cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error
	node scripts/bench.mjs $(BENCH_ARGS)
