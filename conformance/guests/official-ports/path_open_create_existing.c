/* Port of wasi-testsuite Rust test path_open_create_existing (root = fs-tests.dir): CREAT|EXCL on an existing file is EXIST. */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "path_open_create_existing_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    w4j_create_file(dir, "file");
    __wasi_fd_t fd;
    CHECK_ERRNO(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, 0, 0, 0, &fd),
                __WASI_ERRNO_EXIST);
    CHECK_OK(__wasi_path_unlink_file(dir, "file"));

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
