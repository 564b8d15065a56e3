/*
 * Port of wasi-testsuite Rust test path_open_read_write (root = fs-tests.dir).
 * The rights requested at path_open show in fdstat (FD_READ without FD_WRITE and vice versa)
 * and are enforced: writing a read-only fd or reading a write-only fd is BADF, NOTCAPABLE
 * or ACCES. A read/write open sees the 50 bytes written before and appends 25 more.
 */
#include "wasi4j_test.h"

#define DENIED __WASI_ERRNO_BADF, __WASI_ERRNO_NOTCAPABLE, __WASI_ERRNO_ACCES

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    const char *name = "file.cleanup";
    w4j_create_file(dir, name);

    uint8_t rbuf[100];
    uint8_t ones[50], twos[25];
    memset(ones, 1, sizeof ones);
    memset(twos, 2, sizeof twos);
    __wasi_iovec_t iov = {rbuf, sizeof rbuf};
    __wasi_ciovec_t c1 = {ones, sizeof ones}, c2 = {twos, sizeof twos};
    __wasi_size_t n;
    __wasi_fdstat_t st;
    __wasi_fd_t fd;

    CHECK_OK(__wasi_path_open(dir, 0, name, 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd));
    CHECK_OK(__wasi_fd_fdstat_get(fd, &st));
    CHECKF(st.fs_rights_base & __WASI_RIGHTS_FD_READ, "read-only fd lacks FD_READ");
    CHECKF(!(st.fs_rights_base & __WASI_RIGHTS_FD_WRITE), "read-only fd has FD_WRITE");
    CHECK_OK(__wasi_fd_read(fd, &iov, 1, &n));
    CHECK_EQ(n, 0);
    CHECK_ERRNO(__wasi_fd_write(fd, &c1, 1, &n), DENIED);
    CHECK_OK(__wasi_fd_close(fd));

    CHECK_OK(__wasi_path_open(dir, 0, name, 0, __WASI_RIGHTS_FD_WRITE, 0, 0, &fd));
    CHECK_OK(__wasi_fd_fdstat_get(fd, &st));
    CHECKF(!(st.fs_rights_base & __WASI_RIGHTS_FD_READ), "write-only fd has FD_READ");
    CHECKF(st.fs_rights_base & __WASI_RIGHTS_FD_WRITE, "write-only fd lacks FD_WRITE");
    CHECK_ERRNO(__wasi_fd_read(fd, &iov, 1, &n), DENIED);
    CHECK_OK(__wasi_fd_write(fd, &c1, 1, &n));
    CHECK_EQ(n, sizeof ones);
    CHECK_OK(__wasi_fd_close(fd));

    CHECK_OK(__wasi_path_open(dir, 0, name, 0,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_FILESTAT_GET, 0, 0,
                              &fd));
    CHECK_OK(__wasi_fd_fdstat_get(fd, &st));
    CHECK(st.fs_rights_base & __WASI_RIGHTS_FD_READ);
    CHECK(st.fs_rights_base & __WASI_RIGHTS_FD_WRITE);
    CHECK_OK(__wasi_fd_read(fd, &iov, 1, &n));
    CHECK_EQ(n, sizeof ones);
    CHECK_OK(__wasi_fd_write(fd, &c2, 1, &n));
    CHECK_EQ(n, sizeof twos);
    __wasi_filestat_t fst;
    CHECK_OK(__wasi_fd_filestat_get(fd, &fst));
    CHECK_EQ(fst.size, sizeof ones + sizeof twos);
    CHECK_OK(__wasi_fd_close(fd));

    CHECK_OK(__wasi_path_unlink_file(dir, name));
    return 0;
}
