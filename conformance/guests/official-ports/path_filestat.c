/*
 * Port of wasi-testsuite Rust test path_filestat (root = fs-tests.dir).
 * The scratch dir has PATH_FILESTAT_GET; path_open with FDFLAGS_APPEND|SYNC (or APPEND alone
 * if SYNC is NOTSUP) reports those flags in fdstat; path_filestat_set_times(MTIM) sets mtim
 * exactly; MTIM|MTIM_NOW and ATIM|ATIM_NOW are INVAL and change nothing.
 */
#include "wasi4j_test.h"

static void test(__wasi_fd_t dir) {
    __wasi_fdstat_t fds;
    CHECK_OK(__wasi_fd_fdstat_get(dir, &fds));
    CHECKF(fds.fs_rights_base & __WASI_RIGHTS_PATH_FILESTAT_GET, "scratch directory lacks PATH_FILESTAT_GET");

    const __wasi_rights_t rights = __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_PATH_FILESTAT_GET;
    __wasi_fdflags_t flags = __WASI_FDFLAGS_APPEND | __WASI_FDFLAGS_SYNC;
    __wasi_fd_t fd;
    __wasi_errno_t e = __wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT, rights, 0, flags, &fd);
    if (e == __WASI_ERRNO_NOTSUP) {
        flags = __WASI_FDFLAGS_APPEND;
        e = __wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT, rights, 0, flags, &fd);
    }
    CHECK_OK(e);
    CHECK(fd > 2);

    CHECK_OK(__wasi_fd_fdstat_get(fd, &fds));
    CHECKF(fds.fs_flags & __WASI_FDFLAGS_APPEND, "fdstat lacks the APPEND flag used to open the file");
    if (flags & __WASI_FDFLAGS_SYNC)
        CHECKF(fds.fs_flags & __WASI_FDFLAGS_SYNC, "fdstat lacks the SYNC flag used to open the file");

    __wasi_filestat_t st;
    CHECK_OK(__wasi_path_filestat_get(dir, 0, "file", &st));
    CHECK_EQ(st.size, 0);

    __wasi_timestamp_t new_mtim = st.mtim - 100;
    CHECK_OK(__wasi_path_filestat_set_times(dir, 0, "file", 0, new_mtim, __WASI_FSTFLAGS_MTIM));
    CHECK_OK(__wasi_path_filestat_get(dir, 0, "file", &st));
    CHECK_EQ(st.mtim, new_mtim);

    CHECK_ERRNO(__wasi_path_filestat_set_times(dir, 0, "file", 0, new_mtim,
                                               __WASI_FSTFLAGS_MTIM | __WASI_FSTFLAGS_MTIM_NOW),
                __WASI_ERRNO_INVAL);
    CHECK_OK(__wasi_path_filestat_get(dir, 0, "file", &st));
    CHECK_EQ(st.mtim, new_mtim);

    CHECK_ERRNO(__wasi_path_filestat_set_times(dir, 0, "file", 0, 0, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW),
                __WASI_ERRNO_INVAL);

    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, "file"));
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "path_filestat_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    test(dir);
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
