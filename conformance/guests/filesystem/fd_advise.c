/*
 * fd_advise: every advice (NORMAL, SEQUENTIAL, RANDOM, WILLNEED, DONTNEED, NOREUSE) on any range,
 * including len 0 (to the end) and ranges past the end, succeeds and changes neither content, size
 * nor position. Errors: INVAL for an unknown advice or a negative length (u64 >= 2^63; Linux
 * accepts a negative offset, so that is not checked),
 * NOTCAPABLE without FD_ADVISE (opened without it, or dropped), BADF for closed / huge fds.
 */
#include "fs_common.h"

W4J_IMPORT(fd_advise) int32_t raw_advise(int32_t fd, int64_t off, int64_t len, int32_t advice);
static int op(__wasi_fd_t fd) { return __wasi_fd_advise(fd, 0, 0, __WASI_ADVICE_NORMAL); }

int main(void) {
    const char *name = "fd_advise.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t fd = fs_file(dir, "file", "0123456789", RW | R(FD_ADVISE));
    OK(__wasi_fd_seek(fd, 3, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));

    for (int advice = __WASI_ADVICE_NORMAL; advice <= __WASI_ADVICE_NOREUSE; advice++) {
        OK(__wasi_fd_advise(fd, 0, 10, (__wasi_advice_t)advice));
        OK(__wasi_fd_advise(fd, 2, 0, (__wasi_advice_t)advice));
        OK(__wasi_fd_advise(fd, 5, 1000, (__wasi_advice_t)advice));
        OK(__wasi_fd_advise(fd, 100000, 5, (__wasi_advice_t)advice));
    }
    EQ(fs_tell(fd), 3);
    EQ(fs_fstat(fd).size, 10);
    fs_expect_content(dir, "file", "0123456789", 10);
    /* also on the fixture, read-only */
    __wasi_fd_t ro = fs_open(fs_root, "hello.txt", 0, R(FD_READ) | R(FD_ADVISE), 0);
    OK(__wasi_fd_advise(ro, 0, 13, __WASI_ADVICE_SEQUENTIAL));
    OK(__wasi_fd_close(ro));

    /* INVAL */
    ERR(raw_advise((int32_t)fd, 0, 0, 6), INVAL);
    ERR(raw_advise((int32_t)fd, 0, 0, 255), INVAL);
    ERR(raw_advise((int32_t)fd, 0, -1, __WASI_ADVICE_NORMAL), INVAL);
    ERR(raw_advise((int32_t)fd, 5, (int64_t)0x8000000000000000ull, __WASI_ADVICE_NORMAL), INVAL);
    EQ(fs_tell(fd), 3);
    EQ(fs_fstat(fd).size, 10);

    /* NOTCAPABLE */
    fs_drop(fd, R(FD_ADVISE));
    ERR(op(fd), NOTCAPABLE);
    ERR(__wasi_fd_advise(fd, 0, 10, __WASI_ADVICE_WILLNEED), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, RW, 0);
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));

    FS_BADF(op);
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
