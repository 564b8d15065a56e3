/*
 * Helpers shared by the benchmark guests. Every guest finds the preopen /sandbox, runs its workload
 * with raw wasi_snapshot_preview1 calls (so that one operation is a known number of syscalls, the
 * same under every implementation), checks each result, and prints "<name> ok <count>" to stdout
 * when the work was done. Any failure prints to stderr and exits with status 1.
 */
#ifndef BENCH_GUEST_H
#define BENCH_GUEST_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

#define SANDBOX "/sandbox"

#define FILE_READ_RIGHTS \
  (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_TELL | \
   __WASI_RIGHTS_FD_FILESTAT_GET)
#define FILE_WRITE_RIGHTS \
  (__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_TELL | \
   __WASI_RIGHTS_FD_FILESTAT_GET)

static void fail(const char *what, long detail) {
  fprintf(stderr, "%s failed (%ld)\n", what, detail);
  exit(1);
}

static void check(const char *what, __wasi_errno_t err) {
  if (err != 0) {
    fail(what, err);
  }
}

/* The descriptor of the preopen named SANDBOX. */
static __wasi_fd_t sandbox_fd(void) {
  for (__wasi_fd_t fd = 3;; fd++) {
    __wasi_prestat_t prestat;
    __wasi_errno_t err = __wasi_fd_prestat_get(fd, &prestat);
    if (err == __WASI_ERRNO_BADF) {
      break;
    }
    check("fd_prestat_get", err);
    char name[64];
    size_t len = prestat.u.dir.pr_name_len;
    if (len == strlen(SANDBOX)) {
      check("fd_prestat_dir_name", __wasi_fd_prestat_dir_name(fd, (uint8_t *)name, len));
      if (memcmp(name, SANDBOX, len) == 0) {
        return fd;
      }
    }
  }
  fail("finding preopen " SANDBOX, 0);
  return 0;
}

/* Argument argv[index] as a positive number. */
static long arg_count(int argc, char **argv, int index) {
  if (index >= argc) {
    fail("missing argument", index);
  }
  long value = strtol(argv[index], NULL, 10);
  if (value <= 0) {
    fail("argument is not a positive number", index);
  }
  return value;
}

/* Argument argv[index] as text. */
static const char *arg_text(int argc, char **argv, int index) {
  if (index >= argc) {
    fail("missing argument", index);
  }
  return argv[index];
}

#endif
