/*
 * Port of wasi-testsuite Rust test symlink_loop (root = fs-tests.dir).
 * A symlink pointing at itself opens (no FOLLOW, no oflags) with LOOP.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "symlink_loop_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    if (!w4j_env_flag("NO_DANGLING_FILESYSTEM") &&
        __wasi_path_symlink("symlink", dir, "symlink") == __WASI_ERRNO_SUCCESS) {
        __wasi_fd_t fd;
        CHECK_ERRNO(__wasi_path_open(dir, 0, "symlink", 0, 0, 0, 0, &fd), __WASI_ERRNO_LOOP);
        CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));
    }

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
