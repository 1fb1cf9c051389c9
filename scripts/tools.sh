#!/usr/bin/env bash
# Installs the build and test toolchain, idempotently, into a cache outside the clone so a second
# run (and CI's fresh clone on the same machine) skips what is already there.
# Usage: scripts/tools.sh build   -> wasm target, trunk, wasm-bindgen-cli, wasm-opt
#        scripts/tools.sh test    -> the above plus chromium, chromium-driver, brotli, npm test deps
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen pin in Cargo.toml
BINARYEN_VERSION=132

TOOLS_DIR="${WERKWAARDE_TOOLS:-$HOME/.cache/werkwaarde-tools}"
mkdir -p "$TOOLS_DIR"

log() { printf '[tools] %s\n' "$*" >&2; }

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "installing rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_cargo_tool() { # crate version binary [extra flags...]
  local crate=$1 version=$2 bin=$3; shift 3
  local root="$TOOLS_DIR/$crate-$version"
  if [ ! -x "$root/bin/$bin" ]; then
    log "installing $crate $version (takes minutes the first time)"
    cargo install "$crate" --version "$version" --root "$root.tmp" "$@"
    rm -rf "$root" && mv "$root.tmp" "$root"
  fi
}

ensure_binaryen() {
  local dir="$TOOLS_DIR/binaryen-$BINARYEN_VERSION"
  if [ ! -x "$dir/node_modules/.bin/wasm-opt" ]; then
    log "installing wasm-opt (npm binaryen $BINARYEN_VERSION)"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    (cd "$dir.tmp" && printf '{"name":"werkwaarde-binaryen","private":true}\n' > package.json \
      && npm install --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION")
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
  fi
  # Trunk finds wasm-opt on PATH; binaryen's bin is a node script that needs its sibling files.
  mkdir -p "$TOOLS_DIR/bin"
  ln -sf "$dir/node_modules/.bin/wasm-opt" "$TOOLS_DIR/bin/wasm-opt"
}

ensure_apt() { # packages...
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build_tools() {
  ensure_wasm_target
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
  # Without --locked: its lock file names a crate version the registry here lacks.
  ensure_cargo_tool wasm-bindgen-cli "$WASM_BINDGEN_VERSION" wasm-bindgen
  ensure_binaryen
  ln -sf "$TOOLS_DIR/trunk-$TRUNK_VERSION/bin/trunk" "$TOOLS_DIR/bin/trunk"
  ln -sf "$TOOLS_DIR/wasm-bindgen-cli-$WASM_BINDGEN_VERSION/bin/wasm-bindgen" "$TOOLS_DIR/bin/wasm-bindgen"
}

test_tools() {
  ensure_apt chromium chromium-driver brotli
}

case "${1:-build}" in
  build) build_tools ;;
  test) build_tools; test_tools ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
echo "$TOOLS_DIR/bin"
