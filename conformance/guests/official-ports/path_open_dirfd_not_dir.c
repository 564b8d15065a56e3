/* Port of wasi-testsuite Rust test path_open_dirfd_not_dir (root = fs-tests.dir): path_open relative to a file fd is NOTDIR or NOTCAPABLE. */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "path_open_dirfd_not_dir_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    __wasi_fd_t file, fd;
    CHECK_OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT, 0, 0, 0, &file));
    CHECK_ERRNO(__wasi_path_open(file, 0, "foo", __WASI_OFLAGS_CREAT, 0, 0, 0, &fd),
                __WASI_ERRNO_NOTDIR, __WASI_ERRNO_NOTCAPABLE);
    CHECK_OK(__wasi_fd_close(file));
    CHECK_OK(__wasi_path_unlink_file(dir, "file"));

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
