/* Port of wasi-testsuite Rust test remove_nonempty_directory (root = fs-tests.dir): rmdir of a non-empty directory is NOTEMPTY. */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "remove_nonempty_directory_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    CHECK_OK(__wasi_path_create_directory(dir, "dir"));
    CHECK_OK(__wasi_path_create_directory(dir, "dir/nested"));
    CHECK_ERRNO(__wasi_path_remove_directory(dir, "dir"), __WASI_ERRNO_NOTEMPTY);
    CHECK_OK(__wasi_path_remove_directory(dir, "dir/nested"));
    CHECK_OK(__wasi_path_remove_directory(dir, "dir"));

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
