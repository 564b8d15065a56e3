/*
 * write_small <count> <size>: creates out.bin in the sandbox and writes it with <count> fd_write calls
 * of <size> bytes each (at most 4096).
 */
#include "bench_guest.h"

static uint8_t buffer[4096];

int main(int argc, char **argv) {
  long count = arg_count(argc, argv, 1);
  long size = arg_count(argc, argv, 2);
  if (size > (long)sizeof buffer) {
    fail("size too large", size);
  }
  for (long i = 0; i < size; i++) {
    buffer[i] = (uint8_t)('a' + i % 26);
  }
  __wasi_fd_t fd;
  check("path_open out.bin",
        __wasi_path_open(sandbox_fd(), 0, "out.bin", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC,
                         FILE_WRITE_RIGHTS, 0, 0, &fd));
  __wasi_ciovec_t iov = {buffer, (size_t)size};
  for (long i = 0; i < count; i++) {
    __wasi_size_t written;
    check("fd_write", __wasi_fd_write(fd, &iov, 1, &written));
    if (written != (__wasi_size_t)size) {
      fail("short fd_write", written);
    }
  }
  check("fd_close", __wasi_fd_close(fd));
  printf("write_small ok %ld\n", count);
  return 0;
}
