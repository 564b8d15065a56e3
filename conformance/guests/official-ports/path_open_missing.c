/* Port of wasi-testsuite Rust test path_open_missing (root = fs-tests.dir): opening a missing file without CREAT is NOENT. */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "path_open_missing_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    __wasi_fd_t fd;
    CHECK_ERRNO(__wasi_path_open(dir, 0, "file", 0, 0, 0, 0, &fd), __WASI_ERRNO_NOENT);

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
