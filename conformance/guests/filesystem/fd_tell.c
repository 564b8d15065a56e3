/*
 * fd_tell: 0 after open; follows reads, writes, seeks (also past the end); not moved by
 * fd_pread / fd_pwrite; with APPEND it is the end of file after each write; two descriptors of one
 * file have their own positions. Allowed by FD_TELL or by FD_SEEK (which implies FD_TELL).
 * Errors: FAULT for a result outside memory; NOTCAPABLE without FD_TELL and FD_SEEK (opened
 * without, or dropped); ISDIR, BADF or NOTCAPABLE on a directory; on stdio SPIPE (NOTCAPABLE when
 * the stream lacks FD_TELL); BADF for closed / huge fds.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) { return __wasi_fd_tell(fd, &(__wasi_filesize_t){0}); }

int main(void) {
    const char *name = "fd_tell.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    char buf[16];
    __wasi_size_t n;

    __wasi_fd_t fd = fs_file(dir, "file", "0123456789", RW);
    EQ(fs_tell(fd), 0);
    EQ(fs_read(fd, buf, 4), 4);
    EQ(fs_tell(fd), 4);
    fs_write(fd, "ab", 2);
    EQ(fs_tell(fd), 6);
    OK(__wasi_fd_seek(fd, 20, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    EQ(fs_tell(fd), 20);
    EQ(fs_read(fd, buf, 4), 0);
    EQ(fs_tell(fd), 20);
    OK(__wasi_fd_seek(fd, 1, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    EQ(fs_pread(fd, buf, 4, 5), 4);
    __wasi_ciovec_t iov = {(const uint8_t *)"P", 1};
    OK(__wasi_fd_pwrite(fd, &iov, 1, 9, &n));
    EQ(fs_tell(fd), 1);
    __wasi_fd_t other = fs_open(dir, "file", 0, RW, 0);
    EQ(fs_tell(other), 0);
    EQ(fs_read(other, buf, 3), 3);
    EQ(fs_tell(other), 3);
    EQ(fs_tell(fd), 1);
    OK(__wasi_fd_close(other));
    OK(__wasi_fd_close(fd));

    fd = fs_open(dir, "file", 0, R(FD_WRITE) | R(FD_TELL), __WASI_FDFLAGS_APPEND);
    EQ(fs_tell(fd), 0);
    fs_write(fd, "xyz", 3);
    EQ(fs_tell(fd), 13);
    OK(__wasi_fd_close(fd));

    /* FAULT */
    fd = fs_open(dir, "file", 0, R(FD_TELL), 0);
    ERR(__wasi_fd_tell(fd, (__wasi_filesize_t *)(uintptr_t)BAD_PTR), FAULT);
    ERR(__wasi_fd_tell(fd, (__wasi_filesize_t *)(uintptr_t)(mem_end() - 4)), FAULT);
    /* rights */
    OK(op(fd));
    fs_drop(fd, R(FD_TELL));
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, R(FD_READ) | R(FD_WRITE), 0);
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, R(FD_SEEK), 0);
    OK(op(fd));
    OK(__wasi_fd_close(fd));

    __wasi_fd_t d = fs_open(dir, ".", O_DIR, R(FD_TELL) | R(FD_READDIR), 0);
    int e = op(d);
    T(e == E(ISDIR) || e == E(BADF) || e == E(NOTCAPABLE));
    OK(__wasi_fd_close(d));
    for (__wasi_fd_t s = 0; s < 3; s++) {
        __wasi_fdstat_t st = fs_fdstat(s);
        if (st.fs_filetype == FT_FILE) continue;
        if (st.fs_rights_base & (R(FD_TELL) | R(FD_SEEK)))
            ERR(op(s), SPIPE);
        else
            ERR2(op(s), NOTCAPABLE, SPIPE);
    }
    FS_BADF(op);

    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
