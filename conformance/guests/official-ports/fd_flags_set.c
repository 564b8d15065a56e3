/*
 * Port of wasi-testsuite Rust test fd_flags_set (root = fs-tests.dir).
 * FDFLAGS_APPEND given to path_open makes every write append (even after seeking to 0);
 * fd_fdstat_set_flags(0) turns it off so the next write overwrites at the offset.
 */
#include "wasi4j_test.h"

static void write_all(__wasi_fd_t fd, const uint8_t *p, size_t len) {
    __wasi_ciovec_t iov = {p, len};
    __wasi_size_t n;
    CHECK_OK(__wasi_fd_write(fd, &iov, 1, &n));
    CHECK_EQ(n, len);
}

static void read_expect(__wasi_fd_t fd, uint8_t value) {
    uint8_t buf[100];
    memset(buf, 0xAA, sizeof buf);
    __wasi_iovec_t iov = {buf, sizeof buf};
    __wasi_size_t n;
    CHECK_OK(__wasi_fd_read(fd, &iov, 1, &n));
    CHECK_EQ(n, sizeof buf);
    for (size_t i = 0; i < sizeof buf; i++) CHECKF(buf[i] == value, "byte %zu is %u, want %u", i, buf[i], value);
}

static void seek_set(__wasi_fd_t fd, __wasi_filedelta_t off) {
    __wasi_filesize_t pos;
    CHECK_OK(__wasi_fd_seek(fd, off, __WASI_WHENCE_SET, &pos));
}

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    const char *name = "fd_flags_set_file.cleanup";
    uint8_t data[100];
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, name, __WASI_OFLAGS_CREAT,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK |
                                  __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS,
                              0, __WASI_FDFLAGS_APPEND, &fd));

    memset(data, 0, sizeof data);
    write_all(fd, data, sizeof data);
    seek_set(fd, 0);
    read_expect(fd, 0);

    memset(data, 1, sizeof data);
    seek_set(fd, 0); /* append mode ignores this position */
    write_all(fd, data, sizeof data);
    seek_set(fd, 100);
    read_expect(fd, 1);

    CHECK_OK(__wasi_fd_fdstat_set_flags(fd, 0));
    seek_set(fd, 0);
    memset(data, 2, sizeof data);
    write_all(fd, data, sizeof data);
    seek_set(fd, 0);
    read_expect(fd, 2);
    CHECK_OK(__wasi_fd_close(fd));

    __wasi_filestat_t st;
    CHECK_OK(__wasi_path_filestat_get(dir, 0, name, &st));
    CHECK_EQ(st.size, 200);
    CHECK_OK(__wasi_path_unlink_file(dir, name));
    return 0;
}
