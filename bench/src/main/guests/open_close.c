/*
 * open_close <count> <path>: <count> times, path_open of the existing file <path> (relative to the
 * sandbox) for reading, then fd_close of the new descriptor.
 */
#include "bench_guest.h"

int main(int argc, char **argv) {
  long count = arg_count(argc, argv, 1);
  const char *path = arg_text(argc, argv, 2);
  __wasi_fd_t dir = sandbox_fd();
  for (long i = 0; i < count; i++) {
    __wasi_fd_t fd;
    check("path_open",
          __wasi_path_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, path, 0, FILE_READ_RIGHTS, 0, 0,
                           &fd));
    check("fd_close", __wasi_fd_close(fd));
  }
  printf("open_close ok %ld\n", count);
  return 0;
}
