/*
 * path_filestat_set_times: MTIM sets the modification time exactly and leaves the access time;
 * ATIM the reverse; MTIM_NOW/ATIM_NOW use the current time; fst_flags 0 changes nothing; works on
 * directories and through intermediate directories. Without SYMLINK_FOLLOW a final symlink's own
 * times change (lutimes), with it the target's. Errors: INVAL for ATIM|ATIM_NOW, MTIM|MTIM_NOW, an
 * unknown fstflags or lookupflags bit (nothing changes); NOENT (also a dangling link followed);
 * NOTDIR for "file/"; the common path errors, NOTCAPABLE without PATH_FILESTAT_SET_TIMES.
 * Times are whole milliseconds except in one nanosecond check; a backend that cannot store
 * a requested time (Commons VFS: no access times, milliseconds) may answer NOTSUP to that call.
 */
#include "fs_common.h"

#define T1 1600000000123000000ull /* 2020-09-13, whole milliseconds */
#define T2 1500000000456000000ull
#define T3 1400000000789000000ull
#define TNS 1600000000123456789ull
#define M __WASI_FSTFLAGS_MTIM
#define A __WASI_FSTFLAGS_ATIM
#define MNOW __WASI_FSTFLAGS_MTIM_NOW
#define ANOW __WASI_FSTFLAGS_ATIM_NOW

static int op(__wasi_fd_t fd, int32_t p, int32_t n) { return raw_set_times((int32_t)fd, 0, p, n, T1, T1, M); }

static void set(__wasi_fd_t dir, __wasi_lookupflags_t flags, const char *path, __wasi_timestamp_t a,
                __wasi_timestamp_t m, __wasi_fstflags_t fst) {
    __wasi_errno_t e = __wasi_path_filestat_set_times(dir, flags, path, a, m, fst);
    if (e) fs_failed(FS_LINE, "path_filestat_set_times", path, e);
}

int main(void) {
    const char *name = "path_filestat_set_times.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    fs_put(dir, "file", "abc");
    OK(__wasi_path_create_directory(dir, "sub"));
    fs_put(dir, "sub/inner", "");

    /* MTIM */
    __wasi_filestat_t before = fs_stat(dir, "file", 0);
    set(dir, 0, "file", 0, T1, M);
    __wasi_filestat_t st = fs_stat(dir, "file", 0);
    EQ(st.mtim, T1);
    EQ(st.size, 3);
    EQ(st.ino, before.ino);
    set(dir, FOLLOW, "./sub/../file", 0, T2, M);
    EQ(fs_stat(dir, "file", 0).mtim, T2);
    set(dir, 0, "sub/inner", 0, T1, M);
    EQ(fs_stat(dir, "sub/inner", 0).mtim, T1);

    /* directories, with and without a trailing slash */
    set(dir, 0, "sub", 0, T1, M);
    EQ(fs_stat(dir, "sub", 0).mtim, T1);
    set(dir, 0, "sub/", 0, T2, M);
    EQ(fs_stat(dir, "sub", 0).mtim, T2);
    set(dir, 0, ".", 0, T3, M);
    EQ(fs_fstat(dir).mtim, T3);

    /* MTIM_NOW */
    __wasi_timestamp_t t0 = fs_now();
    set(dir, 0, "file", 0, T1, MNOW);
    __wasi_timestamp_t t1 = fs_now();
    st = fs_stat(dir, "file", 0);
    RANGE(st.mtim, t0 - 1000000000ull, t1);

    /* fst_flags 0 changes nothing; INVAL changes nothing */
    set(dir, 0, "file", 0, T1, M);
    set(dir, 0, "file", T2, T2, 0);
    EQ(fs_stat(dir, "file", 0).mtim, T1);
    ERR(__wasi_path_filestat_set_times(dir, 0, "file", T2, T2, M | MNOW), INVAL);
    ERR(__wasi_path_filestat_set_times(dir, 0, "file", T2, T2, A | ANOW), INVAL);
    ERR(__wasi_path_filestat_set_times(dir, 0, "file", T2, T2, A | ANOW | M), INVAL);
    ERR(__wasi_path_filestat_set_times(dir, 0, "file", T2, T2, M | 0x10), INVAL);
    ERR(__wasi_path_filestat_set_times(dir, 0, "file", T2, T2, M | 0x8000), INVAL);
    ERR(__wasi_path_filestat_set_times(dir, 2, "file", T2, T2, M), INVAL);
    EQ(fs_stat(dir, "file", 0).mtim, T1);

    /* NOENT, NOTDIR */
    ERR(__wasi_path_filestat_set_times(dir, 0, "missing", T2, T2, M), NOENT);
    ERR(__wasi_path_filestat_set_times(dir, 0, "sub/missing", T2, T2, M), NOENT);
    ERR(__wasi_path_filestat_set_times(dir, 0, "file/", T2, T2, M), NOTDIR);
    ERR(__wasi_path_filestat_set_times(dir, 0, "missing/", T2, T2, M), NOENT);
    T(!fs_exists(dir, "missing"));
    FS_PATH_ERRORS(op, dir, R(PATH_FILESTAT_SET_TIMES), "file");
    EQ(fs_stat(dir, "file", 0).mtim, T1);

    /* symlinks: the link's own times without FOLLOW, the target's with it */
    if (fs_symlink("file", dir, "link")) {
        set(dir, 0, "link", 0, T2, M);
        EQ(fs_stat(dir, "link", 0).mtim, T2);
        EQ(fs_stat(dir, "file", 0).mtim, T1);
        set(dir, FOLLOW, "link", 0, T3, M);
        EQ(fs_stat(dir, "file", 0).mtim, T3);
        EQ(fs_stat(dir, "link", 0).mtim, T2);
        T(fs_symlink("nowhere", dir, "dangling"));
        ERR(__wasi_path_filestat_set_times(dir, FOLLOW, "dangling", T2, T2, M), NOENT);
        set(dir, 0, "dangling", 0, T1, M);
        EQ(fs_stat(dir, "dangling", 0).mtim, T1);
        T(!fs_exists(dir, "nowhere"));
        T(fs_symlink("loop", dir, "loop"));
        ERR(__wasi_path_filestat_set_times(dir, FOLLOW, "loop", T2, T2, M), LOOP);
        OK(__wasi_path_unlink_file(dir, "loop"));
        OK(__wasi_path_unlink_file(dir, "dangling"));
        OK(__wasi_path_unlink_file(dir, "link"));
        set(dir, 0, "file", 0, T1, M);
    }

    /* nanoseconds */
    if (TIMES_OK(__wasi_path_filestat_set_times(dir, 0, "file", 0, TNS, M)))
        EQ(fs_stat(dir, "file", 0).mtim, TNS);
    set(dir, 0, "file", 0, T1, M);

    /* access times: ATIM alone leaves mtim, MTIM alone leaves atim, ATIM_NOW */
    if (TIMES_OK(__wasi_path_filestat_set_times(dir, 0, "file", T2, 0, A))) {
        st = fs_stat(dir, "file", 0);
        EQ(st.atim, T2);
        EQ(st.mtim, T1);
        set(dir, 0, "file", 0, T3, M);
        st = fs_stat(dir, "file", 0);
        EQ(st.atim, T2);
        EQ(st.mtim, T3);
        set(dir, 0, "file", T1, T2, A | M);
        st = fs_stat(dir, "file", 0);
        EQ(st.atim, T1);
        EQ(st.mtim, T2);
        t0 = fs_now();
        set(dir, 0, "file", 0, 0, ANOW);
        t1 = fs_now();
        st = fs_stat(dir, "file", 0);
        RANGE(st.atim, t0 - 1000000000ull, t1);
        EQ(st.mtim, T2);
        set(dir, 0, "sub", T3, 0, A);
        EQ(fs_stat(dir, "sub", 0).atim, T3);
    }

    OK(__wasi_path_unlink_file(dir, "sub/inner"));
    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
