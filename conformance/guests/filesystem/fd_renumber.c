/*
 * fd_renumber: moves a descriptor onto another open number, closing what was there; the moved
 * descriptor keeps its file, position, rights and flags (fdstat equal), the old number is BADF;
 * renumbering onto itself changes nothing; a directory can be renumbered (path calls work through
 * the new number); a descriptor renumbered over the preopen's number works there. Errors: BADF when
 * either number is not open (closed, huge), and then both stay as they were.
 */
#include "fs_common.h"

static __wasi_fd_t g_open;
static int op_from(__wasi_fd_t fd) { return __wasi_fd_renumber(fd, g_open); }
static int op_to(__wasi_fd_t fd) { return __wasi_fd_renumber(g_open, fd); }

int main(void) {
    const char *name = "fd_renumber.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    char buf[8];

    __wasi_fd_t a = fs_file(dir, "a", "AAAA", RW | R(FD_FDSTAT_SET_FLAGS));
    __wasi_fd_t b = fs_file(dir, "b", "BBBB", R(FD_READ));
    EQ(fs_read(a, buf, 2), 2);
    OK(__wasi_fd_fdstat_set_flags(a, __WASI_FDFLAGS_APPEND));
    __wasi_fdstat_t sa = fs_fdstat(a);
    __wasi_filestat_t fa = fs_fstat(a);
    OK(__wasi_fd_renumber(a, b));
    ERR(__wasi_fd_fdstat_get(a, &(__wasi_fdstat_t){0}), BADF);
    ERR(__wasi_fd_close(a), BADF);
    __wasi_fdstat_t sb = fs_fdstat(b);
    EQ(sb.fs_filetype, sa.fs_filetype);
    EQ(sb.fs_flags, sa.fs_flags);
    EQ(sb.fs_rights_base, sa.fs_rights_base);
    EQ(sb.fs_rights_inheriting, sa.fs_rights_inheriting);
    EQ(fs_fstat(b).ino, fa.ino);
    EQ(fs_tell(b), 2);
    EQ(fs_read(b, buf, 8), 2);
    fs_write(b, "!", 1);
    fs_expect_content(dir, "a", "AAAA!", 5);
    fs_expect_content(dir, "b", "BBBB", 4);

    /* onto itself */
    OK(__wasi_fd_renumber(b, b));
    EQ(fs_fstat(b).ino, fa.ino);
    EQ(fs_tell(b), 5);

    /* errors: nothing changes */
    g_open = b;
    FS_BADF(op_from);
    FS_BADF(op_to);
    EQ(fs_fstat(b).ino, fa.ino);
    __wasi_fd_t c = fs_open(dir, "b", 0, R(FD_READ), 0);
    OK(__wasi_fd_close(c));
    ERR(__wasi_fd_renumber(b, c), BADF);
    ERR(__wasi_fd_renumber(c, b), BADF);
    EQ(fs_fstat(b).ino, fa.ino);
    ERR(__wasi_fd_fdstat_get(c, &(__wasi_fdstat_t){0}), BADF);

    /* a directory */
    __wasi_fd_t d = fs_open_dir(dir, ".");
    OK(__wasi_fd_renumber(d, b));
    T(fs_exists(b, "a"));
    EQ(fs_fdstat(b).fs_filetype, FT_DIR);
    ERR(__wasi_fd_close(d), BADF);

    /* over the preopen */
    __wasi_fd_t pre = fs_preopen();
    OK(__wasi_fd_renumber(b, pre));
    T(fs_exists(pre, "a"));
    T(!fs_exists(pre, "hello.txt"));
    ERR(__wasi_fd_prestat_get(pre, &(__wasi_prestat_t){0}), BADF);
    OK(__wasi_fd_close(pre));

    OK(__wasi_path_unlink_file(dir, "a"));
    OK(__wasi_path_unlink_file(dir, "b"));
    fs_scratch_done(dir, name);
    return 0;
}
