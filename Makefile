# One entry point. `make demo` builds everything and serves the demo;
# `make test` runs every test. Both install what is missing first.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
WASM_BINDGEN := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/version = |"/, ""); print}' Cargo.lock)
PORT ?= 8080

.PHONY: demo build test bench compare fuzz tools browser-tools wasm extension cli

demo: build
	@echo
	@echo "  Demo:       http://127.0.0.1:$(PORT)/"
	@echo "  Playground: http://127.0.0.1:$(PORT)/playground.html"
	@echo "  Extension:  $(CURDIR)/dist/chrome (Chrome), $(CURDIR)/dist/firefox (Firefox)"
	@echo
	node tests/support/serve.mjs www $(PORT)

build: tools wasm cli extension

## The Rust target, wasm-pack, the wasm-bindgen CLI matching Cargo.lock, Node.js.
tools:
	@rustup target list --installed | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@command -v wasm-pack >/dev/null || cargo install wasm-pack --locked
	@wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN)" || cargo install wasm-bindgen-cli --version "$(WASM_BINDGEN)"
	@command -v node >/dev/null && command -v npm >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm)
	@npm ci --no-audit --no-fund --loglevel=error

## Debian's Chromium and its driver, and the npm packages of the tests.
browser-tools: tools
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver)

## The module through cargo and the wasm-bindgen CLI (wasm-pack runs the
## browser tests): wasm-bindgen drops the name section, a tenth of the file.
## The `wasm` profile builds for size what runs once per article (see
## Cargo.toml).
wasm:
	cargo build --lib --profile wasm --target wasm32-unknown-unknown
	rm -rf pkg && wasm-bindgen --target web --remove-name-section --out-dir pkg target/wasm32-unknown-unknown/wasm/readmode.wasm
	rm -rf www/pkg && mkdir -p www/pkg && cp -r pkg/readmode.js pkg/readmode_bg.wasm pkg/readmode.d.ts pkg/snippets www/pkg/

cli:
	cargo build --release

## dist/chrome, dist/firefox and a zip of each, with the wasm package inside.
extension: wasm
	node extension/build.mjs

test: build browser-tools
	cargo test --release
	WASM_BINDGEN_TEST_TIMEOUT=300 wasm-pack test --headless --chrome --release --no-default-features --test web
	node --test tests/e2e/

## Speed: the native benchmark against dom_smoothie, then the browser benchmarks.
bench: build browser-tools
	cargo bench --bench speed
	node tests/bench/browser.mjs

## Quality beside the peers: Readability.js (in Chromium), dom_smoothie and
## trafilatura (pinned in a virtualenv) extract every page of both corpora,
## and of WCXB's article pages with every class and id taken out, and
## `readmode eval` scores their output as it scores readmode's.
PEERS := target/peers
STRIPPED := $(PEERS)/wcxb-articles-without-classes
compare: cli browser-tools
	@command -v python3 >/dev/null && python3 -c 'import venv, ensurepip' 2>/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-venv)
	@test -x $(PEERS)/venv/bin/python || python3 -m venv $(PEERS)/venv
	@$(PEERS)/venv/bin/pip install -q -r tests/bench/peers/requirements.txt
	python3 tests/bench/peers/without_classes.py ../shared/corpus/wcxb-dev $(STRIPPED)
	for corpus in ../shared/corpus/wcxb-dev ../shared/corpus/readability-pages $(STRIPPED); do \
	  name=$$(basename $$corpus); \
	  node tests/bench/peers/readability_texts.mjs $$corpus > $(PEERS)/readability-js-$$name.jsonl && \
	  cargo run -q --release --example dom_smoothie_texts -- $$corpus > $(PEERS)/dom_smoothie-$$name.jsonl && \
	  $(PEERS)/venv/bin/python tests/bench/peers/trafilatura_texts.py $$corpus > $(PEERS)/trafilatura-$$name.jsonl || exit 1; \
	  echo "== $$name: readmode"; target/release/readmode eval $$corpus --worst 0; \
	  for peer in readability-js dom_smoothie trafilatura; do \
	    echo "== $$name: $$peer"; target/release/readmode eval $$corpus --texts $(PEERS)/$$peer-$$name.jsonl --worst 0; \
	  done; \
	done

## Fuzzing (not part of `make test`): each target for FUZZ_SECONDS, seeded
## from the shared corpora. cargo-fuzz needs nightly features; the stable
## toolchain is allowed them with RUSTC_BOOTSTRAP=1.
FUZZ_SECONDS ?= 900
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	mkdir -p tests/fuzz/corpus/extract tests/fuzz/corpus/snapshot
	for d in ../shared/corpus/readability-pages/*/; do cp "$$d/source.html" "tests/fuzz/corpus/extract/$$(basename $$d).html"; done
	cd tests/fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir . -O extract corpus/extract -- -max_len=300000 -timeout=20 -max_total_time=$(FUZZ_SECONDS)
	cd tests/fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir . -O snapshot corpus/snapshot -- -max_len=4096 -timeout=20 -max_total_time=$(FUZZ_SECONDS)
