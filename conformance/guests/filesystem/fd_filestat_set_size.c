/*
 * fd_filestat_set_size (ftruncate): growing fills with zeros, shrinking drops the tail, size 0
 * empties; the position is not moved (reads past the new end return 0, a write there fills the gap
 * with zeros); other descriptors see the new size. Errors: INVAL for a negative size (u64 >= 2^63),
 * size unchanged; ISDIR, INVAL, BADF or NOTCAPABLE on a directory (official suite's set);
 * NOTCAPABLE without FD_FILESTAT_SET_SIZE (opened without it, or dropped); BADF for closed / huge fds.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) { return __wasi_fd_filestat_set_size(fd, 0); }

int main(void) {
    const char *name = "fd_filestat_set_size.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t fd = fs_file(dir, "file", "abcdef", RW | R(FD_FILESTAT_SET_SIZE));
    char buf[32];

    OK(__wasi_fd_filestat_set_size(fd, 10));
    EQ(fs_fstat(fd).size, 10);
    fs_expect_content(dir, "file", "abcdef\0\0\0\0", 10);
    OK(__wasi_fd_filestat_set_size(fd, 3));
    EQ(fs_stat(dir, "file", 0).size, 3);
    fs_expect_content(dir, "file", "abc", 3);
    OK(__wasi_fd_filestat_set_size(fd, 5));
    fs_expect_content(dir, "file", "abc\0\0", 5);
    OK(__wasi_fd_filestat_set_size(fd, 5));
    EQ(fs_fstat(fd).size, 5);

    /* the position stays where it was */
    OK(__wasi_fd_seek(fd, 4, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));
    OK(__wasi_fd_filestat_set_size(fd, 2));
    EQ(fs_tell(fd), 4);
    EQ(fs_read(fd, buf, sizeof buf), 0);
    fs_write(fd, "Z", 1);
    EQ(fs_tell(fd), 5);
    fs_expect_content(dir, "file", "ab\0\0Z", 5);
    OK(__wasi_fd_filestat_set_size(fd, 0));
    EQ(fs_fstat(fd).size, 0);
    EQ(fs_tell(fd), 5);
    fs_expect_content(dir, "file", "", 0);

    /* INVAL */
    OK(__wasi_fd_filestat_set_size(fd, 7));
    ERR(__wasi_fd_filestat_set_size(fd, 0x8000000000000000ull), INVAL);
    ERR(__wasi_fd_filestat_set_size(fd, 0xFFFFFFFFFFFFFFFFull), INVAL);
    EQ(fs_fstat(fd).size, 7);

    /* a directory */
    __wasi_fd_t d = fs_open(dir, ".", O_DIR, R(FD_FILESTAT_SET_SIZE) | R(FD_READDIR), 0);
    int e = __wasi_fd_filestat_set_size(d, 0);
    T(e == E(ISDIR) || e == E(INVAL) || e == E(BADF) || e == E(NOTCAPABLE));
    OK(__wasi_fd_close(d));

    /* NOTCAPABLE */
    fs_drop(fd, R(FD_FILESTAT_SET_SIZE));
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, RW, 0);
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    EQ(fs_stat(dir, "file", 0).size, 7);

    FS_BADF(op);
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
