/*
 * noop_call <count>: calls the host function bench.noop <count> times. The function does nothing and
 * is the same for every WASI implementation: this is the bare cost of a call from the guest into
 * Java, the floor under every syscall.
 */
#include "bench_guest.h"

__attribute__((import_module("bench"), import_name("noop"))) int32_t bench_noop(int32_t value);

int main(int argc, char **argv) {
  long count = arg_count(argc, argv, 1);
  for (long i = 0; i < count; i++) {
    if (bench_noop((int32_t)i) != 0) {
      fail("bench.noop", i);
    }
  }
  printf("noop_call ok %ld\n", count);
  return 0;
}
