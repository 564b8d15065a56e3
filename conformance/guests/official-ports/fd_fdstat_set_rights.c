/*
 * Port of wasi-testsuite Rust test fd_fdstat_set_rights (root = fs-tests.dir).
 * Skipped (passes) when fd_fdstat_set_rights answers NOTSUP. Otherwise dropping
 * FD_READ|FD_WRITE must take effect (reads/writes then fail with BADF or NOTCAPABLE,
 * FD_SEEK stays) and re-adding rights fails with NOTCAPABLE.
 */
#include "wasi4j_test.h"

static void test(__wasi_fd_t dir) {
    if (!w4j_supports_rights(dir)) return;
    const char *name = "file.cleanup";
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, name, __WASI_OFLAGS_CREAT,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK |
                                  __WASI_RIGHTS_FD_TELL,
                              0, 0, &fd));

    uint8_t data[4] = {0, 1, 2, 3}, back[4] = {9, 9, 9, 9};
    __wasi_ciovec_t ciov = {data, sizeof data};
    __wasi_iovec_t iov = {back, sizeof back};
    __wasi_size_t n;
    __wasi_filesize_t pos;
    CHECK_OK(__wasi_fd_write(fd, &ciov, 1, &n));
    CHECK_OK(__wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos));
    CHECK_OK(__wasi_fd_read(fd, &iov, 1, &n));
    CHECK_EQ(n, 4);
    CHECK(memcmp(data, back, 4) == 0);

    const __wasi_rights_t drop = __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE;
    __wasi_rights_t base, inh;
    w4j_get_rights(fd, &base, &inh);
    CHECK_OK(__wasi_fd_fdstat_set_rights(fd, base & ~drop, inh));
    w4j_get_rights(fd, &base, &inh);
    CHECKF((base & drop) == 0, "FD_READ|FD_WRITE still present after dropping them");
    CHECKF((base & __WASI_RIGHTS_FD_SEEK) != 0, "FD_SEEK lost although it was not dropped");

    CHECK_ERRNO(__wasi_fd_read(fd, &iov, 1, &n), __WASI_ERRNO_BADF, __WASI_ERRNO_NOTCAPABLE);
    CHECK_ERRNO(__wasi_fd_write(fd, &ciov, 1, &n), __WASI_ERRNO_BADF, __WASI_ERRNO_NOTCAPABLE);

    const __wasi_rights_t more = __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK |
                                 __WASI_RIGHTS_FD_TELL;
    CHECK_ERRNO(__wasi_fd_fdstat_set_rights(fd, base | more, inh | more), __WASI_ERRNO_NOTCAPABLE);

    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, name));
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *name = "rights_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, name);
    test(dir);
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, name));
    return 0;
}
