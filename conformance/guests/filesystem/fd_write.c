/*
 * fd_write (writev): writes at the position and advances it, overwriting; gathers iovecs in order
 * (a zero-length one in the middle is skipped); a write past the end leaves a hole of zeros; with
 * APPEND every write goes to the end whatever the position; zero iovecs write nothing; works through
 * a file opened with only FD_WRITE; stdout accepts an empty write. Errors: FAULT for an iovec array
 * or a buffer outside memory or running past its end (nothing written: size and position
 * unchanged); BADF or NOTCAPABLE for a file opened without FD_WRITE or with it dropped, ISDIR, BADF
 * or NOTCAPABLE on a directory; BADF for closed / huge fds.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) {
    __wasi_ciovec_t iov = {(const uint8_t *)"w", 1};
    __wasi_size_t n;
    return __wasi_fd_write(fd, &iov, 1, &n);
}

int main(void) {
    const char *name = "fd_write.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_size_t n;

    __wasi_fd_t fd = fs_open(dir, "file", O_CREAT, R(FD_WRITE) | R(FD_SEEK) | R(FD_TELL) | R(FD_FILESTAT_GET), 0);
    fs_write(fd, "hello", 5);
    EQ(fs_tell(fd), 5);
    __wasi_ciovec_t iovs[3] = {{(const uint8_t *)", ", 2}, {(const uint8_t *)"zzz", 0}, {(const uint8_t *)"world", 5}};
    OK(__wasi_fd_write(fd, iovs, 3, &n));
    EQ(n, 7);
    EQ(fs_tell(fd), 12);
    fs_expect_content(dir, "file", "hello, world", 12);
    OK(__wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    fs_write(fd, "J", 1);
    fs_expect_content(dir, "file", "Jello, world", 12);
    OK(__wasi_fd_write(fd, iovs, 0, &n));
    EQ(n, 0);
    EQ(fs_tell(fd), 1);
    OK(__wasi_fd_seek(fd, 14, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    fs_write(fd, "!", 1);
    fs_expect_content(dir, "file", "Jello, world\0\0!", 15);

    /* FAULT: nothing written */
    ERR(__wasi_fd_write(fd, (const __wasi_ciovec_t *)(uintptr_t)BAD_PTR, 1, &n), FAULT);
    __wasi_ciovec_t bad = {(const uint8_t *)(uintptr_t)BAD_PTR, 4};
    ERR(__wasi_fd_write(fd, &bad, 1, &n), FAULT);
    __wasi_ciovec_t straddle[2] = {{(const uint8_t *)"ok", 2}, {(const uint8_t *)(uintptr_t)(mem_end() - 4), 8}};
    ERR(__wasi_fd_write(fd, straddle, 2, &n), FAULT);
    EQ(fs_tell(fd), 15);
    EQ(fs_fstat(fd).size, 15);
    OK(__wasi_fd_close(fd));

    /* APPEND */
    fd = fs_open(dir, "file", 0, R(FD_WRITE) | R(FD_SEEK) | R(FD_TELL), __WASI_FDFLAGS_APPEND);
    fs_write(fd, "?", 1);
    EQ(fs_tell(fd), 16);
    OK(__wasi_fd_seek(fd, 2, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    fs_write(fd, "ab", 2);
    EQ(fs_tell(fd), 18);
    fs_expect_content(dir, "file", "Jello, world\0\0!?ab", 18);
    OK(__wasi_fd_close(fd));

    /* empty write to stdout */
    OK(__wasi_fd_write(1, iovs, 0, &n));
    EQ(n, 0);

    /* NOTCAPABLE / BADF */
    fd = fs_open(dir, "file", 0, R(FD_READ), 0);
    ERR2(op(fd), NOTCAPABLE, BADF);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, R(FD_WRITE), 0);
    fs_drop(fd, R(FD_WRITE));
    ERR2(op(fd), NOTCAPABLE, BADF);
    OK(__wasi_fd_close(fd));
    EQ(fs_stat(dir, "file", 0).size, 18);
    __wasi_fd_t d = fs_open(dir, ".", O_DIR, R(FD_READDIR), 0);
    int e = op(d);
    T(e == E(ISDIR) || e == E(BADF) || e == E(NOTCAPABLE));
    OK(__wasi_fd_close(d));
    FS_BADF(op);

    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
