/*
 * stat_deep <count> <path>: <count> path_filestat_get calls (following symlinks, as stat(2) does) on
 * <path> relative to the sandbox, which must name a regular file.
 */
#include "bench_guest.h"

int main(int argc, char **argv) {
  long count = arg_count(argc, argv, 1);
  const char *path = arg_text(argc, argv, 2);
  __wasi_fd_t dir = sandbox_fd();
  for (long i = 0; i < count; i++) {
    __wasi_filestat_t stat;
    check("path_filestat_get",
          __wasi_path_filestat_get(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, path, &stat));
    if (stat.filetype != __WASI_FILETYPE_REGULAR_FILE) {
      fail("not a regular file", stat.filetype);
    }
  }
  printf("stat_deep ok %ld\n", count);
  return 0;
}
