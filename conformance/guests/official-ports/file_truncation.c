/*
 * Port of wasi-testsuite Rust test file_truncation (root = fs-tests.dir).
 * Re-opening an existing file with OFLAGS_CREAT|OFLAGS_TRUNC empties it.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "file_truncation_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    const char *name = "test.txt";

    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, name, __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE, 0, 0, &fd));
    static const char text[] = "this content will be truncated!";
    __wasi_ciovec_t ciov = {(const uint8_t *)text, sizeof text - 1};
    __wasi_size_t n;
    CHECK_OK(__wasi_fd_write(fd, &ciov, 1, &n));
    CHECK_EQ(n, sizeof text - 1);
    CHECK_OK(__wasi_fd_close(fd));

    CHECK_OK(__wasi_path_open(dir, 0, name, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC,
                              __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_READ, 0, 0, &fd));
    uint8_t buf[100];
    __wasi_iovec_t iov = {buf, sizeof buf};
    CHECK_OK(__wasi_fd_read(fd, &iov, 1, &n));
    CHECK_EQ(n, 0);
    CHECK_OK(__wasi_fd_close(fd));

    CHECK_OK(__wasi_path_unlink_file(dir, name));
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
