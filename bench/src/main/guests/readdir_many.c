/*
 * readdir_many <count>: creates the directory entries/ in the sandbox, creates <count> empty files in
 * it (path_open with CREAT|EXCL, then fd_close), then lists it with opendir/readdir (libc's
 * fd_readdir paging) and checks that exactly those <count> regular files are listed.
 */
#include <dirent.h>

#include "bench_guest.h"

int main(int argc, char **argv) {
  long count = arg_count(argc, argv, 1);
  __wasi_fd_t dir = sandbox_fd();
  check("path_create_directory", __wasi_path_create_directory(dir, "entries"));
  char name[32];
  for (long i = 0; i < count; i++) {
    snprintf(name, sizeof name, "entries/f%06ld", i);
    __wasi_fd_t fd;
    check("path_open",
          __wasi_path_open(dir, 0, name, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL,
                           FILE_WRITE_RIGHTS, 0, 0, &fd));
    check("fd_close", __wasi_fd_close(fd));
  }
  DIR *listing = opendir(SANDBOX "/entries");
  if (listing == NULL) {
    fail("opendir", 0);
  }
  long files = 0;
  struct dirent *entry;
  while ((entry = readdir(listing)) != NULL) {
    if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) {
      continue;
    }
    if (entry->d_type != DT_REG || entry->d_name[0] != 'f') {
      fail("unexpected entry", entry->d_type);
    }
    files++;
  }
  closedir(listing);
  if (files != count) {
    fail("entries listed", files);
  }
  printf("readdir_many ok %ld\n", count);
  return 0;
}
