/*
 * Port of wasi-testsuite Rust test unlink_file_trailing_slashes (root = fs-tests.dir).
 * path_unlink_file on a directory ("dir" or "dir/") is ISDIR, PERM or ACCES; on a file
 * with a trailing slash it is NOTDIR or NOENT; without the slash it succeeds.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "unlink_file_trailing_slashes_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    CHECK_OK(__wasi_path_create_directory(dir, "dir"));
    CHECK_ERRNO(__wasi_path_unlink_file(dir, "dir"), __WASI_ERRNO_ISDIR, __WASI_ERRNO_PERM, __WASI_ERRNO_ACCES);
    CHECK_ERRNO(__wasi_path_unlink_file(dir, "dir/"), __WASI_ERRNO_ISDIR, __WASI_ERRNO_PERM, __WASI_ERRNO_ACCES);
    CHECK_OK(__wasi_path_remove_directory(dir, "dir"));

    w4j_create_file(dir, "file");
    CHECK_ERRNO(__wasi_path_unlink_file(dir, "file/"), __WASI_ERRNO_NOTDIR, __WASI_ERRNO_NOENT);
    CHECK_OK(__wasi_path_unlink_file(dir, "file"));

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
