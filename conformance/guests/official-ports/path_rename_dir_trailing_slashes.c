/*
 * Port of wasi-testsuite Rust test path_rename_dir_trailing_slashes (root = fs-tests.dir).
 * Renaming a directory works with a trailing slash on the source, the destination, or both.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "path_rename_dir_trailing_slashes_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    CHECK_OK(__wasi_path_create_directory(dir, "source"));
    CHECK_OK(__wasi_path_rename(dir, "source/", dir, "target"));
    CHECK_OK(__wasi_path_rename(dir, "target", dir, "source/"));
    CHECK_OK(__wasi_path_rename(dir, "source/", dir, "target/"));
    CHECK_OK(__wasi_path_rename(dir, "target", dir, "source"));
    CHECK_OK(__wasi_path_remove_directory(dir, "source"));

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
