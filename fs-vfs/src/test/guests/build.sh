#!/bin/sh
# Rebuilds the C test guests of fs-vfs into src/test/resources/guests: every *.c,
# or only the guests named as arguments (e.g. ./build.sh vfs_tool).
# Needs Debian's toolchain: apt-get install -y clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/guests"
mkdir -p "$out"
if [ $# -eq 0 ]; then
  set -- "$here"/*.c
fi
for src in "$@"; do
  name=$(basename "$src" .c)
  clang-19 --target=wasm32-wasi -O2 -fuse-ld=lld -Wl,--strip-all -o "$out/$name.wasm" "$here/$name.c"
done
