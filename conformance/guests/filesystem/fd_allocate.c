/*
 * fd_allocate: makes the file at least offset+len bytes long (zeros), never shrinks it, keeps its
 * data and the position; a range inside the file changes nothing. Errors (posix_fallocate on Linux):
 * INVAL for len 0 or a negative offset or length (u64 >= 2^63); FBIG when offset+len overflows;
 * ISDIR, BADF or NOTCAPABLE on a directory; NOTCAPABLE without FD_ALLOCATE (opened without it, or
 * dropped); BADF for closed / huge fds. Failed calls change nothing.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) { return __wasi_fd_allocate(fd, 0, 1); }

int main(void) {
    const char *name = "fd_allocate.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t fd = fs_file(dir, "file", "abc", RW | R(FD_ALLOCATE));
    OK(__wasi_fd_seek(fd, 1, __WASI_WHENCE_SET, &(__wasi_filesize_t){0}));

    OK(__wasi_fd_allocate(fd, 0, 100));
    EQ(fs_fstat(fd).size, 100);
    EQ(fs_tell(fd), 1);
    OK(__wasi_fd_allocate(fd, 10, 10));
    EQ(fs_fstat(fd).size, 100);
    OK(__wasi_fd_allocate(fd, 0, 1));
    EQ(fs_fstat(fd).size, 100);
    OK(__wasi_fd_allocate(fd, 90, 20));
    EQ(fs_fstat(fd).size, 110);
    OK(__wasi_fd_allocate(fd, 200, 1));
    EQ(fs_fstat(fd).size, 201);
    EQ(fs_stat(dir, "file", 0).size, 201);
    EQ(fs_tell(fd), 1);
    char buf[256];
    EQ(fs_pread(fd, buf, sizeof buf, 0), 201);
    T(memcmp(buf, "abc", 3) == 0);
    for (int i = 3; i < 201; i++) EQ(buf[i], 0);

    /* INVAL, FBIG: nothing changes */
    ERR(__wasi_fd_allocate(fd, 0, 0), INVAL);
    ERR(__wasi_fd_allocate(fd, 300, 0), INVAL);
    ERR(__wasi_fd_allocate(fd, 0x8000000000000000ull, 1), INVAL);
    ERR(__wasi_fd_allocate(fd, 0, 0xFFFFFFFFFFFFFFFFull), INVAL);
    ERR(__wasi_fd_allocate(fd, 0x4000000000000000ull, 0x4000000000000000ull), FBIG);
    EQ(fs_fstat(fd).size, 201);

    /* a directory */
    __wasi_fd_t d = fs_open(dir, ".", O_DIR, R(FD_ALLOCATE) | R(FD_READDIR), 0);
    ERR2(__wasi_fd_allocate(d, 0, 1), ISDIR, NOTCAPABLE);
    OK(__wasi_fd_close(d));

    /* NOTCAPABLE */
    fs_drop(fd, R(FD_ALLOCATE));
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, RW, 0);
    ERR(__wasi_fd_allocate(fd, 0, 500), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    EQ(fs_stat(dir, "file", 0).size, 201);

    FS_BADF(op);
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
