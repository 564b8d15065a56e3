/*
 * fd_pread (preadv): reads at the given offset without moving the position; scatters into iovecs
 * in order; short at the end of file, 0 at and past it; zero iovecs read nothing. Needs FD_READ and
 * FD_SEEK. Errors: INVAL for an offset >= 2^63 (negative off_t); FAULT for an iovec array or a
 * buffer outside memory or running past its end (nothing read); NOTCAPABLE without FD_READ, or
 * without FD_SEEK, or with either dropped (BADF for a file not open for reading is accepted too);
 * ISDIR, BADF or NOTCAPABLE on a directory; on stdin SPIPE (NOTCAPABLE when it lacks FD_SEEK);
 * BADF for closed / huge fds.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) {
    char b[4];
    __wasi_iovec_t iov = {(uint8_t *)b, sizeof b};
    __wasi_size_t n;
    return __wasi_fd_pread(fd, &iov, 1, 0, &n);
}

int main(void) {
    const char *name = "fd_pread.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    char buf[32], a[4], b[4];
    __wasi_size_t n;

    __wasi_fd_t fd = fs_open(fs_root, "digits.txt", 0, R(FD_READ) | R(FD_SEEK) | R(FD_TELL), 0);
    OK(__wasi_fd_seek(fd, 2, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    EQ(fs_pread(fd, buf, 3, 4), 3);
    T(memcmp(buf, "456", 3) == 0);
    EQ(fs_tell(fd), 2);
    EQ(fs_pread(fd, buf, sizeof buf, 8), 2);
    T(memcmp(buf, "89", 2) == 0);
    EQ(fs_pread(fd, buf, sizeof buf, 10), 0);
    EQ(fs_pread(fd, buf, sizeof buf, 1000), 0);
    EQ(fs_pread(fd, buf, sizeof buf, 0), 10);
    __wasi_iovec_t iovs[3] = {{(uint8_t *)a, 2}, {(uint8_t *)buf, 0}, {(uint8_t *)b, 3}};
    OK(__wasi_fd_pread(fd, iovs, 3, 1, &n));
    EQ(n, 5);
    T(memcmp(a, "12", 2) == 0 && memcmp(b, "345", 3) == 0);
    OK(__wasi_fd_pread(fd, iovs, 0, 1, &n));
    EQ(n, 0);
    EQ(fs_tell(fd), 2);
    EQ(fs_read(fd, buf, 1), 1);
    EQ(buf[0], '2');

    /* INVAL, FAULT: nothing read */
    ERR(__wasi_fd_pread(fd, iovs, 1, 0x8000000000000000ull, &n), INVAL);
    ERR(__wasi_fd_pread(fd, (const __wasi_iovec_t *)(uintptr_t)BAD_PTR, 1, 0, &n), FAULT);
    __wasi_iovec_t bad = {(uint8_t *)(uintptr_t)BAD_PTR, 4};
    ERR(__wasi_fd_pread(fd, &bad, 1, 0, &n), FAULT);
    uint8_t *tail = (uint8_t *)(uintptr_t)(mem_end() - 4);
    memset(tail, '#', 4);
    memset(a, '#', sizeof a);
    __wasi_iovec_t straddle[2] = {{(uint8_t *)a, 2}, {tail, 8}};
    ERR(__wasi_fd_pread(fd, straddle, 2, 0, &n), FAULT);
    T(a[0] == '#' && tail[0] == '#');
    ERR(__wasi_fd_pread(fd, iovs, 1, 0, (__wasi_size_t *)(uintptr_t)BAD_PTR), FAULT);
    EQ(fs_tell(fd), 3);
    OK(__wasi_fd_close(fd));

    /* rights */
    fs_put(dir, "file", "abc");
    fd = fs_open(dir, "file", 0, R(FD_READ), 0);
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, R(FD_SEEK) | R(FD_WRITE), 0);
    ERR2(op(fd), NOTCAPABLE, BADF);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, R(FD_READ) | R(FD_SEEK), 0);
    OK(op(fd));
    fs_drop(fd, R(FD_SEEK));
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    __wasi_fd_t d = fs_open(dir, ".", O_DIR, R(FD_READ) | R(FD_SEEK) | R(FD_READDIR), 0);
    int e = op(d);
    T(e == E(ISDIR) || e == E(BADF) || e == E(NOTCAPABLE));
    OK(__wasi_fd_close(d));
    if (fs_fdstat(0).fs_filetype != FT_FILE) {
        if (fs_fdstat(0).fs_rights_base & R(FD_SEEK))
            ERR(op(0), SPIPE);
        else
            ERR2(op(0), NOTCAPABLE, SPIPE);
    }
    FS_BADF(op);

    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
