/*
 * Port of wasi-testsuite Rust test stdio (root = fs-tests.dir).
 * fd 0, 1 and 2 can each be renumbered onto a freshly opened file fd: the target stays
 * usable and the stdio fd is closed afterwards (fdstat fails). The file is unlinked
 * while still open. Afterwards stdout/stderr are gone, so a late failure shows only
 * in the exit status.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "stdio_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    const char *name = "file.cleanup";

    for (__wasi_fd_t from = 0; from <= 2; from++) {
        __wasi_fd_t to;
        CHECK_OK(__wasi_path_open(dir, 0, name, __WASI_OFLAGS_CREAT, 0, 0, 0, &to));
        CHECK_OK(__wasi_fd_renumber(from, to));
        __wasi_fdstat_t st;
        CHECK_OK(__wasi_fd_fdstat_get(to, &st));
        CHECK(__wasi_fd_fdstat_get(from, &st) != __WASI_ERRNO_SUCCESS);
        CHECK_OK(__wasi_path_unlink_file(dir, name));
    }

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
