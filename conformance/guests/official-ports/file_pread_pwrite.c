/*
 * Port of wasi-testsuite Rust test file_pread_pwrite (root = fs-tests.dir).
 * fd_pwrite/fd_pread at explicit offsets with one and with two iovecs; pread at EOF
 * returns 0; a pread past the data returns the short count; offsets never move the cursor.
 */
#include "wasi4j_test.h"

static __wasi_size_t pwrite1(__wasi_fd_t fd, const uint8_t *p, size_t len, __wasi_filesize_t off) {
    __wasi_ciovec_t iov = {p, len};
    __wasi_size_t n;
    CHECK_OK(__wasi_fd_pwrite(fd, &iov, 1, off, &n));
    return n;
}

static __wasi_size_t pread1(__wasi_fd_t fd, uint8_t *p, size_t len, __wasi_filesize_t off) {
    __wasi_iovec_t iov = {p, len};
    __wasi_size_t n;
    CHECK_OK(__wasi_fd_pread(fd, &iov, 1, off, &n));
    return n;
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "file_pread_pwrite_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_WRITE, 0, 0, &fd));
    CHECK(fd > 2);

    const uint8_t data[4] = {0, 1, 2, 3};
    uint8_t got[4];
    CHECK_EQ(pwrite1(fd, data, 4, 0), 4);
    memset(got, 0xAA, 4);
    CHECK_EQ(pread1(fd, got, 4, 0), 4);
    CHECK(memcmp(got, data, 4) == 0);

    /* Write everything again through two iovecs (2 bytes + the rest), looping on short writes. */
    size_t off = 0;
    while (off < 4) {
        __wasi_ciovec_t iovs[2];
        size_t cnt = 0, remaining = 4 - off;
        if (remaining > 2) {
            iovs[cnt].buf = data + off;
            iovs[cnt++].buf_len = 2;
            remaining -= 2;
        }
        iovs[cnt].buf = data + 4 - remaining;
        iovs[cnt++].buf_len = remaining;
        __wasi_size_t n;
        CHECK_OK(__wasi_fd_pwrite(fd, iovs, cnt, off, &n));
        CHECK(n > 0);
        off += n;
    }
    CHECK_EQ(off, 4);

    /* Read it back through two 2-byte iovecs until pread returns 0 at EOF. */
    uint8_t all[4] = {0};
    off = 0;
    for (;;) {
        uint8_t buf[4] = {0};
        __wasi_iovec_t iovs[2] = {{buf, 2}, {buf + 2, 2}};
        __wasi_size_t n;
        CHECK_OK(__wasi_fd_pread(fd, iovs, 2, off, &n));
        if (n == 0) break;
        CHECK(off + n <= 4);
        memcpy(all + off, buf, n);
        off += n;
    }
    CHECK_EQ(off, 4);
    CHECK(memcmp(all, data, 4) == 0);

    memset(got, 0, 4);
    CHECK_EQ(pread1(fd, got, 4, 2), 2);
    CHECK(got[0] == 2 && got[1] == 3 && got[2] == 0 && got[3] == 0);

    const uint8_t patch[2] = {1, 0};
    CHECK_EQ(pwrite1(fd, patch, 2, 2), 2);
    memset(got, 0xAA, 4);
    CHECK_EQ(pread1(fd, got, 4, 0), 4);
    CHECK(got[0] == 0 && got[1] == 1 && got[2] == 1 && got[3] == 0);

    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, "file"));
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
