/*
 * Port of wasi-testsuite Rust test file_unbuffered_write (root = fs-tests.dir).
 * A byte written through one fd is immediately readable through another fd of the same file.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "file_unbuffered_write_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    __wasi_fd_t rfd, wfd;
    CHECK_OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_READ, 0, 0, &rfd));
    CHECK(rfd > 2);
    CHECK_OK(__wasi_path_open(dir, 0, "file", 0, __WASI_RIGHTS_FD_WRITE, 0, 0, &wfd));
    CHECK(wfd > 2);

    const uint8_t one = 1;
    __wasi_ciovec_t ciov = {&one, 1};
    __wasi_size_t n;
    CHECK_OK(__wasi_fd_write(wfd, &ciov, 1, &n));
    CHECK_EQ(n, 1);

    uint8_t got = 0;
    __wasi_iovec_t iov = {&got, 1};
    CHECK_OK(__wasi_fd_read(rfd, &iov, 1, &n));
    CHECK_EQ(n, 1);
    CHECK_EQ(got, 1);

    CHECK_OK(__wasi_fd_close(wfd));
    CHECK_OK(__wasi_fd_close(rfd));
    CHECK_OK(__wasi_path_unlink_file(dir, "file"));
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
