/*
 * fd_read (readv): reads at the position and advances it; fills iovecs in order (a zero-length
 * iovec in the middle is skipped over); short at the end of file, 0 at and past it; zero iovecs
 * read nothing; sees data written through another descriptor; works through a file opened with
 * only FD_READ. Errors: FAULT for an iovec array or a buffer outside memory or running past its end
 * (nothing read: position unchanged, buffer untouched); BADF or NOTCAPABLE for a file opened
 * without FD_READ or with it dropped (wasi4j: NOTCAPABLE), ISDIR, BADF or NOTCAPABLE on a directory;
 * BADF for closed / huge fds.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) {
    char b[4];
    __wasi_iovec_t iov = {(uint8_t *)b, sizeof b};
    __wasi_size_t n;
    return __wasi_fd_read(fd, &iov, 1, &n);
}

int main(void) {
    const char *name = "fd_read.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    char buf[32], a[4], b[4];
    __wasi_size_t n;

    __wasi_fd_t fd = fs_open(fs_root, "hello.txt", 0, R(FD_READ) | R(FD_TELL) | R(FD_SEEK), 0);
    EQ(fs_read(fd, buf, 5), 5);
    T(memcmp(buf, "Hello", 5) == 0);
    EQ(fs_tell(fd), 5);
    __wasi_iovec_t iovs[3] = {{(uint8_t *)a, 3}, {(uint8_t *)buf, 0}, {(uint8_t *)b, 4}};
    OK(__wasi_fd_read(fd, iovs, 3, &n));
    EQ(n, 7);
    T(memcmp(a, ", W", 3) == 0 && memcmp(b, "ASI!", 4) == 0);
    EQ(fs_tell(fd), 12);
    memset(buf, '#', sizeof buf);
    EQ(fs_read(fd, buf, sizeof buf), 1);
    T(buf[0] == '\n' && buf[1] == '#');
    EQ(fs_read(fd, buf, sizeof buf), 0);
    OK(__wasi_fd_read(fd, iovs, 0, &n));
    EQ(n, 0);
    OK(__wasi_fd_seek(fd, 100, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    EQ(fs_read(fd, buf, sizeof buf), 0);
    EQ(fs_tell(fd), 100);

    /* FAULT: nothing read */
    OK(__wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    ERR(__wasi_fd_read(fd, (const __wasi_iovec_t *)(uintptr_t)BAD_PTR, 1, &n), FAULT);
    __wasi_iovec_t bad = {(uint8_t *)(uintptr_t)BAD_PTR, 4};
    ERR(__wasi_fd_read(fd, &bad, 1, &n), FAULT);
    uint8_t *tail = (uint8_t *)(uintptr_t)(mem_end() - 4);
    memset(tail, '#', 4);
    __wasi_iovec_t straddle[2] = {{(uint8_t *)a, 2}, {tail, 8}};
    memset(a, '#', sizeof a);
    ERR(__wasi_fd_read(fd, straddle, 2, &n), FAULT);
    T(a[0] == '#' && tail[0] == '#' && tail[3] == '#');
    ERR(__wasi_fd_read(fd, iovs, 1, (__wasi_size_t *)(uintptr_t)BAD_PTR), FAULT);
    EQ(fs_tell(fd), 0);
    OK(__wasi_fd_close(fd));

    /* another descriptor's writes are visible at once */
    __wasi_fd_t w = fs_open(dir, "file", O_CREAT, R(FD_WRITE), 0);
    fd = fs_open(dir, "file", 0, R(FD_READ), 0);
    EQ(fs_read(fd, buf, sizeof buf), 0);
    fs_write(w, "new", 3);
    EQ(fs_read(fd, buf, sizeof buf), 3);
    T(memcmp(buf, "new", 3) == 0);

    /* NOTCAPABLE / BADF */
    ERR2(op(w), NOTCAPABLE, BADF);
    OK(__wasi_fd_close(w));
    fs_drop(fd, R(FD_READ));
    ERR2(op(fd), NOTCAPABLE, BADF);
    OK(__wasi_fd_close(fd));
    __wasi_fd_t d = fs_open(dir, ".", O_DIR, R(FD_READ) | R(FD_READDIR), 0);
    int e = op(d);
    T(e == E(ISDIR) || e == E(BADF) || e == E(NOTCAPABLE));
    OK(__wasi_fd_close(d));
    FS_BADF(op);

    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
