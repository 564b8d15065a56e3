/*
 * Port of wasi-testsuite Rust test overwrite_preopen (root = fs-tests.dir).
 * fd_renumber(dir_fd, 3) replaces the preopen at fd 3 (closing it); fd 3 then refers to
 * the same directory (same dev/ino) and dir_fd is closed (BADF).
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "overwrite_preopen_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    const __wasi_fd_t pre = 3;
    CHECKF(dir > pre, "dir_fd %u is not above the preopen", (unsigned)dir);

    __wasi_filestat_t before, after;
    CHECK_OK(__wasi_fd_filestat_get(dir, &before));
    CHECK_OK(__wasi_fd_renumber(dir, pre));
    CHECK_OK(__wasi_fd_filestat_get(pre, &after));
    CHECK_EQ(before.dev, after.dev);
    CHECK_EQ(before.ino, after.ino);

    __wasi_fdstat_t st;
    CHECK_ERRNO(__wasi_fd_fdstat_get(dir, &st), __WASI_ERRNO_BADF);
    CHECK_OK(__wasi_fd_close(pre));

    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
