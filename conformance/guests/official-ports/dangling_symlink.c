/*
 * Port of wasi-testsuite Rust test dangling_symlink (root = fs-tests.dir).
 * Opening a dangling symlink without LOOKUPFLAGS_SYMLINK_FOLLOW:
 * with O_DIRECTORY -> NOTDIR or LOOP; without -> LOOP.
 * Passes trivially when the host refuses to create the symlink (as the original).
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    if (w4j_env_flag("NO_DANGLING_FILESYSTEM")) return 0;

    const char *name = "dangling_symlink_symlink.cleanup";
    if (__wasi_path_symlink("target", dir, name) != __WASI_ERRNO_SUCCESS) return 0;

    __wasi_fd_t fd;
    CHECK_ERRNO(__wasi_path_open(dir, 0, name, __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &fd),
                __WASI_ERRNO_NOTDIR, __WASI_ERRNO_LOOP);
    CHECK_ERRNO(__wasi_path_open(dir, 0, name, 0, 0, 0, 0, &fd), __WASI_ERRNO_LOOP);
    CHECK_OK(__wasi_path_unlink_file(dir, name));
    return 0;
}
