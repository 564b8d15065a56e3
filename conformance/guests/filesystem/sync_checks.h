/*
 * What fd_sync and fd_datasync share: each succeeds on a file after writes (the data reads back
 * through another descriptor), on a file opened only for reading, on a fixture file, and after
 * fd_filestat_set_size; on a directory descriptor it succeeds when the descriptor holds the call's
 * right and is NOTCAPABLE when it does not (wasi4j grants directories FD_SYNC but not
 * FD_DATASYNC). Errors: NOTCAPABLE without the right (opened without it, or dropped); BADF for
 * closed / huge fds.
 */
#include "fs_common.h"

static int sync_checks(const char *name, int (*op)(__wasi_fd_t), __wasi_rights_t right) {
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t fd = fs_open(dir, "file", O_CREAT, RW | right | R(FD_FILESTAT_SET_SIZE), 0);
    fs_write(fd, "durable", 7);
    OK(op(fd));
    fs_expect_content(dir, "file", "durable", 7);
    OK(__wasi_fd_filestat_set_size(fd, 3));
    OK(op(fd));
    fs_expect_content(dir, "file", "dur", 3);
    OK(op(fd));

    __wasi_fd_t ro = fs_open(dir, "file", 0, R(FD_READ) | right, 0);
    OK(op(ro));
    OK(__wasi_fd_close(ro));
    ro = fs_open(fs_root, "hello.txt", 0, R(FD_READ) | right, 0);
    OK(op(ro));
    OK(__wasi_fd_close(ro));

    /* directories: what their rights say */
    __wasi_fd_t d = fs_open_dir(dir, ".");
    if (fs_fdstat(d).fs_rights_base & right) {
        OK(op(d));
        OK(op(fs_root));
        fs_drop(d, right);
    }
    ERR(op(d), NOTCAPABLE);
    OK(__wasi_fd_close(d));

    /* NOTCAPABLE */
    fs_drop(fd, right);
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, RW, 0);
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));

    FS_BADF(op);
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
