/*
 * fd_prestat_dir_name: writes the preopen's name "/" (exactly pr_name_len bytes, no NUL, nothing
 * after it even with a larger buffer). Errors: NAMETOOLONG for a buffer shorter than the name
 * (nothing written); BADF for stdio, guest-opened directories and files, closed and huge fds; FAULT
 * for a buffer outside memory.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) {
    uint8_t b[8];
    return __wasi_fd_prestat_dir_name(fd, b, sizeof b);
}

int main(void) {
    const char *name = "fd_prestat_dir_name.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t pre = fs_preopen();
    uint8_t b[8];

    memset(b, '#', sizeof b);
    OK(__wasi_fd_prestat_dir_name(pre, b, 1));
    T(b[0] == '/' && b[1] == '#');
    memset(b, '#', sizeof b);
    OK(__wasi_fd_prestat_dir_name(pre, b, sizeof b));
    T(b[0] == '/' && b[1] == '#' && b[7] == '#');

    memset(b, '#', sizeof b);
    ERR(__wasi_fd_prestat_dir_name(pre, b, 0), NAMETOOLONG);
    EQ(b[0], '#');

    for (__wasi_fd_t s = 0; s < 3; s++) ERR(op(s), BADF);
    ERR(op(dir), BADF);
    ERR(op(fs_root), BADF);
    __wasi_fd_t f = fs_open(fs_root, "hello.txt", 0, R(FD_READ), 0);
    ERR(op(f), BADF);
    OK(__wasi_fd_close(f));
    FS_BADF(op);

    ERR(__wasi_fd_prestat_dir_name(pre, (uint8_t *)(uintptr_t)BAD_PTR, 1), FAULT);
    ERR(__wasi_fd_prestat_dir_name(pre, (uint8_t *)(uintptr_t)mem_end(), 1), FAULT);
    fs_scratch_done(dir, name);
    return 0;
}
