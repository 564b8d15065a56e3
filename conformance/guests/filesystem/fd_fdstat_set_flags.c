/*
 * fd_fdstat_set_flags: APPEND switched on makes writes go to the end (fd_pwrite still writes at its
 * offset) and off again makes them go to the position; NONBLOCK and 0 are accepted and reported by
 * fd_fdstat_get; on a directory the call works when the descriptor holds FD_FDSTAT_SET_FLAGS and
 * is NOTCAPABLE otherwise. Errors: INVAL for unknown flag bits (flags unchanged); NOTCAPABLE
 * without FD_FDSTAT_SET_FLAGS (opened without it, or dropped); BADF for closed / huge fds.
 */
#include "fs_common.h"

W4J_IMPORT(fd_fdstat_set_flags) int32_t raw_set_flags(int32_t fd, int32_t flags);
static int op(__wasi_fd_t fd) { return __wasi_fd_fdstat_set_flags(fd, 0); }

int main(void) {
    const char *name = "fd_fdstat_set_flags.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t fd = fs_file(dir, "file", "0123456789", RW | R(FD_FDSTAT_SET_FLAGS));
    __wasi_size_t n;

    OK(__wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_APPEND));
    EQ(fs_fdstat(fd).fs_flags, __WASI_FDFLAGS_APPEND);
    fs_write(fd, "ab", 2);
    EQ(fs_tell(fd), 12);
    OK(__wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    fs_write(fd, "cd", 2);
    EQ(fs_tell(fd), 14);
    __wasi_ciovec_t iov = {(const uint8_t *)"P", 1};
    OK(__wasi_fd_pwrite(fd, &iov, 1, 1, &n));
    EQ(fs_tell(fd), 14);
    fs_expect_content(dir, "file", "0P23456789abcd", 14);

    OK(__wasi_fd_fdstat_set_flags(fd, 0));
    EQ(fs_fdstat(fd).fs_flags, 0);
    OK(__wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    fs_write(fd, "XY", 2);
    EQ(fs_tell(fd), 2);
    fs_expect_content(dir, "file", "XY23456789abcd", 14);

    OK(__wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_NONBLOCK));
    EQ(fs_fdstat(fd).fs_flags, __WASI_FDFLAGS_NONBLOCK);
    fs_write(fd, "z", 1);
    OK(__wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_NONBLOCK | __WASI_FDFLAGS_APPEND));
    EQ(fs_fdstat(fd).fs_flags, __WASI_FDFLAGS_NONBLOCK | __WASI_FDFLAGS_APPEND);
    fs_write(fd, "!", 1);
    fs_expect_content(dir, "file", "XYz3456789abcd!", 15);

    /* INVAL: flags unchanged */
    ERR(raw_set_flags((int32_t)fd, 0x20), INVAL);
    ERR(raw_set_flags((int32_t)fd, 0x8000 | __WASI_FDFLAGS_APPEND), INVAL);
    EQ(fs_fdstat(fd).fs_flags, __WASI_FDFLAGS_NONBLOCK | __WASI_FDFLAGS_APPEND);

    /* directories: what their rights say */
    __wasi_fd_t d = fs_open_dir(dir, ".");
    if (fs_fdstat(d).fs_rights_base & R(FD_FDSTAT_SET_FLAGS)) {
        OK(__wasi_fd_fdstat_set_flags(d, __WASI_FDFLAGS_NONBLOCK));
        EQ(fs_fdstat(d).fs_flags, __WASI_FDFLAGS_NONBLOCK);
        OK(__wasi_fd_fdstat_set_flags(d, 0));
        EQ(fs_fdstat(d).fs_flags, 0);
        fs_drop(d, R(FD_FDSTAT_SET_FLAGS));
    }
    ERR(op(d), NOTCAPABLE);
    OK(__wasi_fd_close(d));

    /* NOTCAPABLE: flags unchanged */
    fs_drop(fd, R(FD_FDSTAT_SET_FLAGS));
    ERR(op(fd), NOTCAPABLE);
    EQ(fs_fdstat(fd).fs_flags, __WASI_FDFLAGS_NONBLOCK | __WASI_FDFLAGS_APPEND);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, RW, __WASI_FDFLAGS_APPEND);
    ERR(op(fd), NOTCAPABLE);
    EQ(fs_fdstat(fd).fs_flags, __WASI_FDFLAGS_APPEND);
    OK(__wasi_fd_close(fd));

    FS_BADF(op);
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
