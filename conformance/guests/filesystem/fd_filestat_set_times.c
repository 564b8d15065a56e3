/*
 * fd_filestat_set_times (futimens): MTIM sets the modification time exactly and leaves the access
 * time, ATIM the reverse, MTIM_NOW / ATIM_NOW use the current time, fst_flags 0 changes nothing;
 * works on a file opened only for reading, on a directory descriptor, and on a file renamed since
 * it was opened. Errors: INVAL for ATIM|ATIM_NOW, MTIM|MTIM_NOW, unknown fstflags bits (nothing
 * changes); NOTCAPABLE without FD_FILESTAT_SET_TIMES (opened without it, or dropped); BADF for
 * closed / huge fds. Times are whole milliseconds except in the nanosecond check; a backend that
 * cannot store a requested time (Commons VFS) may answer NOTSUP to that call.
 */
#include "fs_common.h"

#define T1 1600000000123000000ull
#define T2 1500000000456000000ull
#define T3 1400000000789000000ull
#define TNS 1600000000123456789ull
#define M __WASI_FSTFLAGS_MTIM
#define A __WASI_FSTFLAGS_ATIM
#define MNOW __WASI_FSTFLAGS_MTIM_NOW
#define ANOW __WASI_FSTFLAGS_ATIM_NOW

static int op(__wasi_fd_t fd) { return __wasi_fd_filestat_set_times(fd, 0, T1, M); }

int main(void) {
    const char *name = "fd_filestat_set_times.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t fd = fs_file(dir, "file", "abc", RW | R(FD_FILESTAT_SET_TIMES));
    __wasi_filestat_t st;

    OK(__wasi_fd_filestat_set_times(fd, 0, T1, M));
    EQ(fs_fstat(fd).mtim, T1);
    EQ(fs_stat(dir, "file", 0).mtim, T1);
    EQ(fs_fstat(fd).size, 3);
    OK(__wasi_fd_filestat_set_times(fd, T3, T2, M));
    EQ(fs_fstat(fd).mtim, T2);

    __wasi_timestamp_t t0 = fs_now();
    OK(__wasi_fd_filestat_set_times(fd, 0, T1, MNOW));
    __wasi_timestamp_t t1 = fs_now();
    RANGE(fs_fstat(fd).mtim, t0 - 1000000000ull, t1);

    OK(__wasi_fd_filestat_set_times(fd, 0, T1, M));
    OK(__wasi_fd_filestat_set_times(fd, T2, T2, 0));
    EQ(fs_fstat(fd).mtim, T1);
    ERR(__wasi_fd_filestat_set_times(fd, T2, T2, M | MNOW), INVAL);
    ERR(__wasi_fd_filestat_set_times(fd, T2, T2, A | ANOW), INVAL);
    ERR(__wasi_fd_filestat_set_times(fd, T2, T2, M | 0x10), INVAL);
    ERR(__wasi_fd_filestat_set_times(fd, T2, T2, M | 0x8000), INVAL);
    EQ(fs_fstat(fd).mtim, T1);

    /* read-only descriptor, directory descriptor, renamed file */
    __wasi_fd_t ro = fs_open(dir, "file", 0, R(FD_READ) | R(FD_FILESTAT_SET_TIMES), 0);
    OK(__wasi_fd_filestat_set_times(ro, 0, T3, M));
    EQ(fs_fstat(fd).mtim, T3);
    OK(__wasi_path_rename(dir, "file", dir, "renamed"));
    OK(__wasi_fd_filestat_set_times(ro, 0, T2, M));
    EQ(fs_stat(dir, "renamed", 0).mtim, T2);
    OK(__wasi_path_rename(dir, "renamed", dir, "file"));
    OK(__wasi_fd_close(ro));
    OK(__wasi_path_create_directory(dir, "sub"));
    __wasi_fd_t d = fs_open(dir, "sub", O_DIR, R(FD_FILESTAT_SET_TIMES) | R(FD_FILESTAT_GET), 0);
    OK(__wasi_fd_filestat_set_times(d, 0, T1, M));
    EQ(fs_stat(dir, "sub", 0).mtim, T1);
    EQ(fs_fstat(d).mtim, T1);
    fs_drop(d, R(FD_FILESTAT_SET_TIMES));
    ERR(op(d), NOTCAPABLE);
    OK(__wasi_fd_close(d));
    OK(__wasi_path_remove_directory(dir, "sub"));

    /* NOTCAPABLE */
    __wasi_fd_t weak = fs_open(dir, "file", 0, RW, 0);
    ERR(op(weak), NOTCAPABLE);
    OK(__wasi_fd_close(weak));
    EQ(fs_fstat(fd).mtim, T2);
    FS_BADF(op);

    /* nanoseconds */
    if (TIMES_OK(__wasi_fd_filestat_set_times(fd, 0, TNS, M))) EQ(fs_fstat(fd).mtim, TNS);
    OK(__wasi_fd_filestat_set_times(fd, 0, T1, M));

    /* access times */
    if (TIMES_OK(__wasi_fd_filestat_set_times(fd, T2, 0, A))) {
        st = fs_fstat(fd);
        EQ(st.atim, T2);
        EQ(st.mtim, T1);
        OK(__wasi_fd_filestat_set_times(fd, 0, T3, M));
        st = fs_fstat(fd);
        EQ(st.atim, T2);
        EQ(st.mtim, T3);
        OK(__wasi_fd_filestat_set_times(fd, T1, T2, A | M));
        st = fs_fstat(fd);
        EQ(st.atim, T1);
        EQ(st.mtim, T2);
        t0 = fs_now();
        OK(__wasi_fd_filestat_set_times(fd, 0, 0, ANOW));
        t1 = fs_now();
        st = fs_fstat(fd);
        RANGE(st.atim, t0 - 1000000000ull, t1);
        EQ(st.mtim, T2);
    }

    OK(__wasi_fd_close(fd));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
