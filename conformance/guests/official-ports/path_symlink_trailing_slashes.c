/*
 * Port of wasi-testsuite Rust test path_symlink_trailing_slashes (root = fs-tests.dir).
 * path_symlink's link name: "target/" with nothing there is NOENT; an existing directory
 * (with or without slash) is EXIST or NOENT; an existing file is EXIST or NOENT without the
 * slash and NOTDIR, NOENT or EXIST with it.
 */
#include "wasi4j_test.h"

static void test(__wasi_fd_t dir) {
    if (!w4j_env_flag("NO_DANGLING_FILESYSTEM")) {
        CHECK_ERRNO(__wasi_path_symlink("source", dir, "target/"), __WASI_ERRNO_NOENT);
        if (__wasi_path_symlink("source", dir, "target") == __WASI_ERRNO_SUCCESS)
            CHECK_OK(__wasi_path_unlink_file(dir, "target"));
    }

    CHECK_OK(__wasi_path_create_directory(dir, "target"));
    CHECK_ERRNO(__wasi_path_symlink("source", dir, "target/"), __WASI_ERRNO_EXIST, __WASI_ERRNO_NOENT);
    CHECK_OK(__wasi_path_remove_directory(dir, "target"));

    CHECK_OK(__wasi_path_create_directory(dir, "target"));
    CHECK_ERRNO(__wasi_path_symlink("source", dir, "target"), __WASI_ERRNO_EXIST, __WASI_ERRNO_NOENT);
    CHECK_OK(__wasi_path_remove_directory(dir, "target"));

    w4j_create_file(dir, "target");
    CHECK_ERRNO(__wasi_path_symlink("source", dir, "target/"), __WASI_ERRNO_NOTDIR, __WASI_ERRNO_NOENT,
                __WASI_ERRNO_EXIST);
    CHECK_OK(__wasi_path_unlink_file(dir, "target"));

    w4j_create_file(dir, "target");
    CHECK_ERRNO(__wasi_path_symlink("source", dir, "target"), __WASI_ERRNO_EXIST, __WASI_ERRNO_NOENT);
    CHECK_OK(__wasi_path_unlink_file(dir, "target"));
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "path_symlink_trailing_slashes_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    test(dir);
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
