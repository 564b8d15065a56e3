#!/bin/sh
# Rebuilds the cli module's C guests:
#   main/guests/*.c -> main/resources/examples/*.wasm  (bundled in wasi4j.jar, run as example:NAME)
#   test/guests/*.c -> test/resources/guests/*.wasm    (the tests' guests)
# Needs Debian's toolchain: apt-get install -y clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32
set -eu
here=$(cd "$(dirname "$0")" && pwd)

build() {
  mkdir -p "$2"
  for src in "$1"/*.c; do
    clang-19 --target=wasm32-wasi -O2 -Wall -fuse-ld=lld -Wl,--strip-all \
      -o "$2/$(basename "$src" .c).wasm" "$src"
  done
}

build "$here/main/guests" "$here/main/resources/examples"
build "$here/test/guests" "$here/test/resources/guests"
