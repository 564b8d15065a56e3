/*
 * fd_prestat_get: the "/" preopen is a DIR with name length 1 and it is the only preopen: every
 * other number below 64 answers BADF (stdio, directories and files the program opened, numbers
 * never opened), as do closed and huge fds. After fd_renumber the prestat moves with the preopen
 * (the old number is BADF); a directory renumbered over it replaces it and is no preopen. Writes
 * exactly 8 bytes; FAULT for a result outside memory or running past its end (nothing written).
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) { return __wasi_fd_prestat_get(fd, &(__wasi_prestat_t){0}); }

int main(void) {
    const char *name = "fd_prestat_get.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t pre = fs_preopen();
    __wasi_prestat_t ps;

    OK(__wasi_fd_prestat_get(pre, &ps));
    EQ(ps.tag, __WASI_PREOPENTYPE_DIR);
    EQ(ps.u.dir.pr_name_len, 1);
    uint8_t raw[16];
    memset(raw, 0xAB, sizeof raw);
    OK(__wasi_fd_prestat_get(pre, (__wasi_prestat_t *)raw));
    EQ(raw[0], __WASI_PREOPENTYPE_DIR);
    for (int i = 8; i < 16; i++) EQ(raw[i], 0xAB);
    /* the only preopen: every other number, open or not, is BADF */
    for (__wasi_fd_t fd = 0; fd < 64; fd++)
        if (fd != pre) ERR(op(fd), BADF);

    for (__wasi_fd_t s = 0; s < 3; s++) ERR(op(s), BADF);
    ERR(op(dir), BADF);
    ERR(op(fs_root), BADF);
    __wasi_fd_t f = fs_open(fs_root, "hello.txt", 0, R(FD_READ), 0);
    ERR(op(f), BADF);
    FS_BADF(op);

    /* FAULT */
    ERR(__wasi_fd_prestat_get(pre, (__wasi_prestat_t *)(uintptr_t)BAD_PTR), FAULT);
    uint8_t *tail = (uint8_t *)(uintptr_t)(mem_end() - 4);
    memset(tail, 0xAB, 4);
    ERR(__wasi_fd_prestat_get(pre, (__wasi_prestat_t *)tail), FAULT);
    for (int i = 0; i < 4; i++) EQ(tail[i], 0xAB);

    /* the prestat moves with the preopen; what replaces it is no preopen */
    OK(__wasi_fd_renumber(pre, f));
    OK(__wasi_fd_prestat_get(f, &ps));
    EQ(ps.u.dir.pr_name_len, 1);
    ERR(op(pre), BADF);
    __wasi_fd_t d = fs_open_dir(dir, ".");
    OK(__wasi_fd_renumber(d, f));
    ERR(op(f), BADF);
    ERR(op(d), BADF);
    OK(__wasi_fd_close(f));

    fs_scratch_done(dir, name);
    return 0;
}
