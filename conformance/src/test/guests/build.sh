#!/usr/bin/env bash
# Builds the guests of the conformance module's own unit tests (not part of any suite):
# conformance/src/test/guests/<name>.c -> conformance/src/test/resources/guests/<name>.wasm.
# usage: conformance/src/test/guests/build.sh       env: CC (default clang-19)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../resources/guests"
CC="${CC:-clang-19}"
mkdir -p "$out"
for src in "$here"/*.c; do
    "$CC" --target=wasm32-wasi -O2 -fuse-ld=lld -Wl,--strip-all -Wall "$src" -o "$out/$(basename "$src" .c).wasm"
done
