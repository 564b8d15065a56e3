#!/bin/sh
# Rebuilds the C test guests of wasi-api into src/test/resources/guests.
# Needs Debian's toolchain: apt-get install -y clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/guests"
mkdir -p "$out"
for src in "$here"/*.c; do
  name=$(basename "$src" .c)
  clang-19 --target=wasm32-wasi -O2 -fuse-ld=lld -Wl,--strip-all -o "$out/$name.wasm" "$src"
done
