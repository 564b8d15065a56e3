/*
 * fd_seek (lseek): SET, CUR (forwards and backwards), END (also negative), past the end (reads
 * return 0, a write leaves a hole of zeros); returns the new offset; CUR 0 reports the position
 * with FD_TELL alone, or with FD_SEEK alone (FD_SEEK implies FD_TELL). Errors: INVAL for a
 * resulting negative offset and for an unknown whence (position unchanged); FAULT for a result
 * outside memory (position unchanged); NOTCAPABLE without FD_SEEK (and for CUR 0 without FD_TELL
 * and FD_SEEK); ISDIR, BADF or NOTCAPABLE on a directory (official suite's set); on stdio SPIPE
 * (NOTCAPABLE when the stream lacks FD_SEEK); BADF for closed / huge fds.
 */
#include "fs_common.h"

W4J_IMPORT(fd_seek) int32_t raw_seek(int32_t fd, int64_t off, int32_t whence, int32_t out);
static __wasi_filesize_t pos;
static int seek(__wasi_fd_t fd, __wasi_filedelta_t off, int whence) { return raw_seek((int32_t)fd, off, whence, P(&pos)); }
static int op(__wasi_fd_t fd) { return seek(fd, 1, __WASI_WHENCE_SET); }
static int op_cur(__wasi_fd_t fd) { return seek(fd, 0, __WASI_WHENCE_CUR); }

int main(void) {
    const char *name = "fd_seek.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    char buf[16];
    const int SET = __WASI_WHENCE_SET, CUR = __WASI_WHENCE_CUR, END = __WASI_WHENCE_END;

    __wasi_fd_t fd = fs_file(dir, "file", "0123456789", RW);
    OK(seek(fd, 3, SET));
    EQ(pos, 3);
    EQ(fs_read(fd, buf, 1), 1);
    EQ(buf[0], '3');
    OK(seek(fd, 2, CUR));
    EQ(pos, 6);
    OK(seek(fd, -4, CUR));
    EQ(pos, 2);
    OK(seek(fd, 0, END));
    EQ(pos, 10);
    OK(seek(fd, -3, END));
    EQ(pos, 7);
    EQ(fs_read(fd, buf, 1), 1);
    EQ(buf[0], '7');
    OK(seek(fd, 0, CUR));
    EQ(pos, 8);
    OK(seek(fd, 5, END));
    EQ(pos, 15);
    EQ(fs_read(fd, buf, sizeof buf), 0);
    EQ(fs_fstat(fd).size, 10);
    fs_write(fd, "!", 1);
    fs_expect_content(dir, "file", "0123456789\0\0\0\0\0!", 16);
    OK(seek(fd, 0, SET));
    EQ(pos, 0);

    /* INVAL: position unchanged */
    OK(seek(fd, 4, SET));
    ERR(seek(fd, -1, SET), INVAL);
    ERR(seek(fd, -5, CUR), INVAL);
    ERR(seek(fd, -17, END), INVAL);
    ERR(seek(fd, 0, 3), INVAL);
    ERR(seek(fd, 0, 255), INVAL);
    ERR(seek(fd, 1, 0x7FFFFFFF), INVAL);
    EQ(fs_tell(fd), 4);
    /* FAULT: position unchanged */
    ERR(raw_seek((int32_t)fd, 1, SET, (int32_t)BAD_PTR), FAULT);
    ERR(raw_seek((int32_t)fd, 1, SET, (int32_t)(mem_end() - 4)), FAULT);
    EQ(fs_tell(fd), 4);
    OK(__wasi_fd_close(fd));

    /* rights */
    fd = fs_open(dir, "file", 0, R(FD_READ) | R(FD_TELL), 0);
    OK(op_cur(fd));
    EQ(pos, 0);
    ERR(op(fd), NOTCAPABLE);
    ERR(seek(fd, 0, END), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, R(FD_READ), 0);
    ERR(op_cur(fd), NOTCAPABLE);
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, R(FD_READ) | R(FD_SEEK) | R(FD_TELL), 0);
    fs_drop(fd, R(FD_SEEK));
    ERR(op(fd), NOTCAPABLE);
    OK(op_cur(fd));
    OK(__wasi_fd_close(fd));
    fd = fs_open(dir, "file", 0, R(FD_SEEK), 0);
    OK(op(fd));
    OK(op_cur(fd));
    EQ(pos, 1);
    OK(__wasi_fd_close(fd));

    /* a directory, stdio */
    __wasi_fd_t d = fs_open(dir, ".", O_DIR, R(FD_SEEK) | R(FD_TELL) | R(FD_READDIR), 0);
    for (int w = SET; w <= END; w++) {
        int e = seek(d, 0, w);
        T(e == E(ISDIR) || e == E(BADF) || e == E(NOTCAPABLE));
    }
    OK(__wasi_fd_close(d));
    for (__wasi_fd_t s = 0; s < 3; s++) {
        __wasi_fdstat_t st = fs_fdstat(s);
        if (st.fs_filetype == FT_FILE) continue;
        if (st.fs_rights_base & R(FD_SEEK))
            ERR(op(s), SPIPE);
        else
            ERR2(op(s), NOTCAPABLE, SPIPE);
    }
    FS_BADF(op);

    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
