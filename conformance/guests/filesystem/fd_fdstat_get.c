/*
 * fd_fdstat_get: filetype, fdflags and rights of files (exactly the requested rights and
 * fdflags), directories (no flags), the preopen, a descriptor with no rights at all (the call needs
 * none), and stdio (never a directory). Writes exactly the 24-byte fdstat and nothing after it.
 * Errors: FAULT for a result outside memory or running past its end (nothing written), BADF for
 * closed / huge fds.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) { return __wasi_fd_fdstat_get(fd, &(__wasi_fdstat_t){0}); }

int main(void) {
    const char *name = "fd_fdstat_get.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fdstat_t st;

    __wasi_fd_t fd = fs_open(dir, "file", O_CREAT, R(FD_READ) | R(FD_WRITE) | R(FD_SEEK), __WASI_FDFLAGS_APPEND);
    st = fs_fdstat(fd);
    EQ(st.fs_filetype, FT_FILE);
    EQ(st.fs_flags, __WASI_FDFLAGS_APPEND);
    EQ(st.fs_rights_base, R(FD_READ) | R(FD_WRITE) | R(FD_SEEK));
    EQ(st.fs_rights_inheriting, 0);
    OK(__wasi_fd_close(fd));
    OK(__wasi_path_open(dir, 0, "file", 0, R(FD_READ), R(FD_READ) | R(FD_WRITE), __WASI_FDFLAGS_NONBLOCK, &fd));
    st = fs_fdstat(fd);
    EQ(st.fs_flags, __WASI_FDFLAGS_NONBLOCK);
    EQ(st.fs_rights_base, R(FD_READ));
    EQ(st.fs_rights_inheriting, R(FD_READ) | R(FD_WRITE));
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, 0, 0);
    st = fs_fdstat(fd);
    EQ(st.fs_filetype, FT_FILE);
    EQ(st.fs_rights_base, 0);
    OK(__wasi_fd_close(fd));

    st = fs_fdstat(dir);
    EQ(st.fs_filetype, FT_DIR);
    EQ(st.fs_flags, 0);
    st = fs_fdstat(fs_preopen());
    EQ(st.fs_filetype, FT_DIR);
    EQ(st.fs_flags, 0);
    fd = fs_open(fs_root, "tree", O_DIR, R(FD_READDIR), 0);
    st = fs_fdstat(fd);
    EQ(st.fs_filetype, FT_DIR);
    EQ(st.fs_rights_base, R(FD_READDIR));
    OK(__wasi_fd_close(fd));
    for (__wasi_fd_t s = 0; s < 3; s++) {
        st = fs_fdstat(s);
        T(st.fs_filetype != FT_DIR && st.fs_filetype != FT_LINK);
    }
    T(fs_fdstat(0).fs_rights_base & R(FD_READ));
    T(fs_fdstat(1).fs_rights_base & R(FD_WRITE));
    T(fs_fdstat(2).fs_rights_base & R(FD_WRITE));

    /* exactly 24 bytes written */
    uint8_t raw[32];
    memset(raw, 0xAB, sizeof raw);
    OK(__wasi_fd_fdstat_get(dir, (__wasi_fdstat_t *)raw));
    EQ(raw[0], FT_DIR);
    for (int i = 24; i < 32; i++) EQ(raw[i], 0xAB);

    /* FAULT, nothing written */
    ERR(__wasi_fd_fdstat_get(dir, (__wasi_fdstat_t *)(uintptr_t)BAD_PTR), FAULT);
    uint8_t *tail = (uint8_t *)(uintptr_t)(mem_end() - 16);
    memset(tail, 0xAB, 16);
    ERR(__wasi_fd_fdstat_get(dir, (__wasi_fdstat_t *)tail), FAULT);
    for (int i = 0; i < 16; i++) EQ(tail[i], 0xAB);

    FS_BADF(op);
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
