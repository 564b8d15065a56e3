/*
 * Port of wasi-testsuite Rust test dir_fd_op_failures (root = fs-tests.dir).
 * fd_prestat_dir_name with a 0-byte buffer fails (INVAL or NAMETOOLONG), a larger buffer
 * works; byte I/O, seek, tell, allocate and set_size on a directory fd all fail.
 */
#include "wasi4j_test.h"

#define DIR_ERRS __WASI_ERRNO_ISDIR, __WASI_ERRNO_BADF, __WASI_ERRNO_NOTCAPABLE

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();

    __wasi_filestat_t fst;
    CHECK_OK(__wasi_fd_filestat_get(dir, &fst));
    CHECK_EQ(fst.filetype, __WASI_FILETYPE_DIRECTORY);

    /* First preopened directory. */
    __wasi_fd_t pre = 0;
    size_t name_len = 0;
    for (__wasi_fd_t fd = 3;; fd++) {
        __wasi_prestat_t ps;
        if (__wasi_fd_prestat_get(fd, &ps) != __WASI_ERRNO_SUCCESS) FAIL("no preopened directory found");
        if (ps.tag == __WASI_PREOPENTYPE_DIR) { pre = fd; name_len = ps.u.dir.pr_name_len; break; }
    }
    uint8_t name[300];
    CHECK(name_len + 1 <= sizeof name);
    CHECK_ERRNO(__wasi_fd_prestat_dir_name(pre, name, 0), __WASI_ERRNO_INVAL, __WASI_ERRNO_NAMETOOLONG);
    CHECK_OK(__wasi_fd_prestat_dir_name(pre, name, name_len + 1));

    uint8_t rbuf[128];
    const uint8_t wbuf[128] = {0};
    __wasi_iovec_t iov = {rbuf, sizeof rbuf};
    __wasi_ciovec_t ciov = {wbuf, sizeof wbuf};
    __wasi_size_t n;
    __wasi_filesize_t pos;

    CHECK_ERRNO(__wasi_fd_read(dir, &iov, 1, &n), DIR_ERRS);
    CHECK_ERRNO(__wasi_fd_pread(dir, &iov, 1, 0, &n), DIR_ERRS);
    CHECK_ERRNO(__wasi_fd_write(dir, &ciov, 1, &n), DIR_ERRS);
    CHECK_ERRNO(__wasi_fd_pwrite(dir, &ciov, 1, 0, &n), DIR_ERRS);
    CHECK_ERRNO(__wasi_fd_seek(dir, 0, __WASI_WHENCE_CUR, &pos), DIR_ERRS);
    CHECK_ERRNO(__wasi_fd_seek(dir, 0, __WASI_WHENCE_SET, &pos), DIR_ERRS);
    CHECK_ERRNO(__wasi_fd_seek(dir, 0, __WASI_WHENCE_END, &pos), DIR_ERRS);
    CHECK_ERRNO(__wasi_fd_tell(dir, &pos), DIR_ERRS);
    CHECK_ERRNO(__wasi_fd_allocate(dir, 0, 1), DIR_ERRS);
    CHECK_ERRNO(__wasi_fd_filestat_set_size(dir, 0), __WASI_ERRNO_ISDIR, __WASI_ERRNO_INVAL,
                __WASI_ERRNO_BADF, __WASI_ERRNO_NOTCAPABLE);
    return 0;
}
