/*
 * Port of wasi-testsuite Rust test symlink_create (root = fs-tests.dir).
 * Symlinks to a file and to a directory open with LOOKUPFLAGS_SYMLINK_FOLLOW (the latter
 * with O_DIRECTORY) and are removed with path_unlink_file; a symlink whose target is the
 * absolute path "/" is refused (any error).
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "symlink_create_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    const __wasi_lookupflags_t follow = __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW;
    __wasi_fd_t fd;

    CHECK_OK(__wasi_path_open(dir, 0, "target", __WASI_OFLAGS_CREAT, 0, 0, 0, &fd));
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_symlink("target", dir, "symlink"));
    CHECK_OK(__wasi_path_open(dir, follow, "symlink", 0, 0, 0, 0, &fd));
    CHECK(fd > 2);
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));
    CHECK_OK(__wasi_path_unlink_file(dir, "target"));

    CHECK_OK(__wasi_path_create_directory(dir, "target"));
    CHECK_OK(__wasi_path_symlink("target", dir, "symlink"));
    CHECK_OK(__wasi_path_open(dir, follow, "symlink", __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &fd));
    CHECK(fd > 2);
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));
    CHECK_OK(__wasi_path_remove_directory(dir, "target"));

    CHECKF(__wasi_path_symlink("/", dir, "symlink") != __WASI_ERRNO_SUCCESS,
           "a symlink to the absolute path \"/\" was created");

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
