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

.PHONY: serve build lint lint-wasm test test-native test-browser bench tools tools-test

tools:
	scripts/tools.sh build >/dev/null

tools-test:
	scripts/tools.sh test >/dev/null

# One HTML page per area, each with its own wasm built from the same library: the start page
# first (it replaces dist/), then each area's page into dist/<area>/.
AREAS := zelftoets loonwaarde examen trainer
build: tools
	cargo fetch --locked
	trunk build --release --offline
	for a in $(AREAS); do trunk --config Trunk.$$a.toml build --release --offline; done

# Formatting, and clippy over every target: the library with all UI code, every page's binary,
# every test and example. The code has no target-specific parts, so the native run lints every line
# the wasm builds compile (`make lint-wasm` checks the binaries for wasm as well).
lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings

lint-wasm:
	cargo clippy --locked --target wasm32-unknown-unknown --bins -- -D warnings

serve: build
	@echo "Werkwaarde: http://127.0.0.1:$(PORT)/  (Ctrl+C stops)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

test: tools-test
	$(MAKE) lint
	cargo test --locked
	$(MAKE) build
	$(MAKE) test-browser

test-native:
	cargo test --locked

test-browser:
	cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error && npm test

# Also builds every area into one wasm (target/alles-dist/, never shipped) to measure that design,
# and runs the native benchmark of the zelftoets rules.
bench: tools-test build
	trunk --config Trunk.alles.toml build --release --offline
	cargo run --release --locked --example regels_bench > target/regels_bench.txt || true
	cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error
	node scripts/bench.mjs $(BENCH_ARGS)
