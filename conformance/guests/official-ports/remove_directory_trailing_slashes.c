/*
 * Port of wasi-testsuite Rust test remove_directory_trailing_slashes (root = fs-tests.dir;
 * works directly in the root). path_remove_directory: a directory goes with or without a
 * trailing slash (ACCES for "dir/" is tolerated, then the plain name must work); a regular
 * file is NOTDIR, and with a trailing slash NOTDIR or NOENT.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    const char *d = "dir.cleanup", *f = "file.cleanup";

    CHECK_OK(__wasi_path_create_directory(dir, d));
    CHECK_OK(__wasi_path_remove_directory(dir, d));

    CHECK_OK(__wasi_path_create_directory(dir, d));
    __wasi_errno_t e = __wasi_path_remove_directory(dir, "dir.cleanup/");
    if (e != __WASI_ERRNO_SUCCESS) {
        CHECK_ERRNO(e, __WASI_ERRNO_ACCES);
        CHECK_OK(__wasi_path_remove_directory(dir, d));
    }

    w4j_create_file(dir, f);
    CHECK_ERRNO(__wasi_path_remove_directory(dir, f), __WASI_ERRNO_NOTDIR);
    CHECK_ERRNO(__wasi_path_remove_directory(dir, "file.cleanup/"), __WASI_ERRNO_NOTDIR, __WASI_ERRNO_NOENT);
    CHECK_OK(__wasi_path_unlink_file(dir, f));
    return 0;
}
