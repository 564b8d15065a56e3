/*
 * fd_pwrite (pwritev): writes at the given offset without moving the position; gathers iovecs in
 * order; past the end it leaves a hole of zeros; zero iovecs write nothing; with APPEND it still
 * writes at the offset (WASI/POSIX semantics, not Linux's append quirk) while fd_write appends.
 * Needs FD_WRITE and FD_SEEK. Errors: INVAL for an offset >= 2^63; FAULT for an iovec array or a
 * buffer outside memory or running past its end (nothing written); NOTCAPABLE without FD_WRITE or
 * without FD_SEEK or with either dropped (BADF for a file not open for writing is accepted too);
 * ISDIR, BADF or NOTCAPABLE on a directory; on stdout SPIPE (NOTCAPABLE when it lacks FD_SEEK);
 * BADF for closed / huge fds.
 */
#include "fs_common.h"

static int pw(__wasi_fd_t fd, const char *s, __wasi_filesize_t off) {
    __wasi_ciovec_t iov = {(const uint8_t *)s, strlen(s)};
    __wasi_size_t n = 0;
    int e = __wasi_fd_pwrite(fd, &iov, 1, off, &n);
    if (!e) EQ(n, strlen(s));
    return e;
}
static int op(__wasi_fd_t fd) { return pw(fd, "x", 0); }

int main(void) {
    const char *name = "fd_pwrite.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_size_t n;

    __wasi_fd_t fd = fs_file(dir, "file", "0123456789", R(FD_WRITE) | R(FD_SEEK) | R(FD_TELL) | R(FD_FILESTAT_GET));
    OK(__wasi_fd_seek(fd, 3, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    OK(pw(fd, "ab", 0));
    EQ(fs_tell(fd), 3);
    OK(pw(fd, "XY", 8));
    fs_expect_content(dir, "file", "ab234567XY", 10);
    OK(pw(fd, "!", 12));
    fs_expect_content(dir, "file", "ab234567XY\0\0!", 13);
    __wasi_ciovec_t iovs[3] = {{(const uint8_t *)"cd", 2}, {(const uint8_t *)"zz", 0}, {(const uint8_t *)"ef", 2}};
    OK(__wasi_fd_pwrite(fd, iovs, 3, 2, &n));
    EQ(n, 4);
    OK(__wasi_fd_pwrite(fd, iovs, 0, 20, &n));
    EQ(n, 0);
    fs_expect_content(dir, "file", "abcdef67XY\0\0!", 13);
    EQ(fs_tell(fd), 3);
    fs_write(fd, "W", 1);
    fs_expect_content(dir, "file", "abcWef67XY\0\0!", 13);

    /* INVAL, FAULT: nothing written */
    ERR(__wasi_fd_pwrite(fd, iovs, 1, 0x8000000000000000ull, &n), INVAL);
    ERR(__wasi_fd_pwrite(fd, (const __wasi_ciovec_t *)(uintptr_t)BAD_PTR, 1, 0, &n), FAULT);
    __wasi_ciovec_t bad = {(const uint8_t *)(uintptr_t)BAD_PTR, 4};
    ERR(__wasi_fd_pwrite(fd, &bad, 1, 0, &n), FAULT);
    __wasi_ciovec_t straddle[2] = {{(const uint8_t *)"ok", 2}, {(const uint8_t *)(uintptr_t)(mem_end() - 4), 8}};
    ERR(__wasi_fd_pwrite(fd, straddle, 2, 0, &n), FAULT);
    ERR(__wasi_fd_pwrite(fd, iovs, 1, 0, (__wasi_size_t *)(uintptr_t)BAD_PTR), FAULT);
    fs_expect_content(dir, "file", "abcWef67XY\0\0!", 13);
    OK(__wasi_fd_close(fd));

    /* APPEND: fd_pwrite at its offset, fd_write at the end */
    fd = fs_open(dir, "file", O_TRUNC, R(FD_WRITE) | R(FD_SEEK) | R(FD_TELL), __WASI_FDFLAGS_APPEND);
    fs_write(fd, "1234", 4);
    OK(pw(fd, "ab", 1));
    EQ(fs_tell(fd), 4);
    fs_write(fd, "5", 1);
    EQ(fs_tell(fd), 5);
    fs_expect_content(dir, "file", "1ab45", 5);
    OK(__wasi_fd_close(fd));

    /* rights */
    fd = fs_open(dir, "file", 0, R(FD_WRITE), 0);
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, R(FD_READ) | R(FD_SEEK), 0);
    ERR2(op(fd), NOTCAPABLE, BADF);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, R(FD_WRITE) | R(FD_SEEK), 0);
    fs_drop(fd, R(FD_WRITE));
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fs_expect_content(dir, "file", "1ab45", 5);
    __wasi_fd_t d = fs_open(dir, ".", O_DIR, R(FD_READDIR), 0);
    int e = op(d);
    T(e == E(ISDIR) || e == E(BADF) || e == E(NOTCAPABLE));
    OK(__wasi_fd_close(d));
    if (fs_fdstat(1).fs_filetype != FT_FILE) {
        if (fs_fdstat(1).fs_rights_base & R(FD_SEEK))
            ERR(pw(1, "", 0), SPIPE);
        else
            ERR2(pw(1, "", 0), NOTCAPABLE, SPIPE);
    }
    FS_BADF(op);

    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
