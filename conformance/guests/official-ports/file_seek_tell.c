/*
 * Port of wasi-testsuite Rust test file_seek_tell (root = fs-tests.dir).
 * fd_tell follows writes and reads; fd_seek CUR/SET; seeking past EOF is allowed;
 * seeking before offset 0 fails with INVAL.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "file_seek_tell_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK |
                                  __WASI_RIGHTS_FD_TELL,
                              0, 0, &fd));
    CHECK(fd > 2);

    __wasi_filesize_t pos;
    CHECK_OK(__wasi_fd_tell(fd, &pos));
    CHECK_EQ(pos, 0);

    uint8_t data[100] = {0};
    __wasi_ciovec_t ciov = {data, sizeof data};
    __wasi_size_t n;
    CHECK_OK(__wasi_fd_write(fd, &ciov, 1, &n));
    CHECK_EQ(n, 100);
    CHECK_OK(__wasi_fd_tell(fd, &pos));
    CHECK_EQ(pos, 100);

    CHECK_OK(__wasi_fd_seek(fd, -50, __WASI_WHENCE_CUR, &pos));
    CHECK_EQ(pos, 50);
    CHECK_OK(__wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos));
    CHECK_EQ(pos, 0);
    CHECK_OK(__wasi_fd_seek(fd, 1000, __WASI_WHENCE_CUR, &pos));
    CHECK_ERRNO(__wasi_fd_seek(fd, -2000, __WASI_WHENCE_CUR, &pos), __WASI_ERRNO_INVAL);

    CHECK_OK(__wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos));
    uint8_t buf[100];
    __wasi_iovec_t iov = {buf, sizeof buf};
    CHECK_OK(__wasi_fd_read(fd, &iov, 1, &n));
    CHECK_EQ(n, 100);
    CHECK_OK(__wasi_fd_tell(fd, &pos));
    CHECK_EQ(pos, 100);

    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, "file"));
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
