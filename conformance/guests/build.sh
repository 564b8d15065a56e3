#!/usr/bin/env bash
# Builds the C guest programs of wasi4j's conformance suite.
#
# Every conformance/guests/<group>/<name>.c becomes
#   conformance/suite/tests/<group>/testsuite/wasm32-wasip1/<name>.wasm
# (the wasi-testsuite layout). Adding a group is adding a directory here.
# conformance/guests/include/ holds shared headers (wasi4j_test.h) and is not a group.
#
# usage: conformance/guests/build.sh [group ...]     (default: every group)
# env:   CC (default clang-19), EXTRA_CFLAGS
set -euo pipefail

guests="$(cd "$(dirname "$0")" && pwd)"
suite="$(dirname "$guests")/suite/tests"
CC="${CC:-clang-19}"
read -r -a extra <<< "${EXTRA_CFLAGS:-}"
cflags=(--target=wasm32-wasi -O2 -fuse-ld=lld -Wl,--strip-all -Wall -I "$guests/include" "${extra[@]}")

if [ "$#" -gt 0 ]; then
    groups=("$@")
else
    groups=()
    for d in "$guests"/*/; do
        g="$(basename "$d")"
        [ "$g" = include ] || groups+=("$g")
    done
fi

built=0
for g in "${groups[@]}"; do
    src_dir="$guests/$g"
    [ -d "$src_dir" ] || { echo "no such group: $g" >&2; exit 2; }
    out="$suite/$g/testsuite/wasm32-wasip1"
    mkdir -p "$out"
    for src in "$src_dir"/*.c; do
        [ -e "$src" ] || continue
        name="$(basename "$src" .c)"
        "$CC" "${cflags[@]}" "$src" -o "$out/$name.wasm"
        built=$((built + 1))
    done
done
echo "built $built guest module(s) into $suite"
