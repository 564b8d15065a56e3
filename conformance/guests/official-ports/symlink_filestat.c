/*
 * Port of wasi-testsuite Rust test symlink_filestat (root = fs-tests.dir).
 * path_filestat_set_times without LOOKUPFLAGS_SYMLINK_FOLLOW changes the symlink's own mtim
 * (not the target's); path_filestat_get with FOLLOW reports the target's mtim; set_times with
 * FOLLOW changes the target. All mtims compare to the nanosecond.
 */
#include "wasi4j_test.h"

static void test(__wasi_fd_t dir) {
    const __wasi_lookupflags_t follow = __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW;
    __wasi_fdstat_t fds;
    CHECK_OK(__wasi_fd_fdstat_get(dir, &fds));
    CHECKF(fds.fs_rights_base & __WASI_RIGHTS_PATH_FILESTAT_GET, "scratch directory lacks PATH_FILESTAT_GET");

    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_PATH_FILESTAT_GET, 0, 0,
                              &fd));
    CHECK(fd > 2);

    __wasi_filestat_t file_st, sym_st, st;
    CHECK_OK(__wasi_path_filestat_get(dir, 0, "file", &file_st));
    CHECK_EQ(file_st.size, 0);

    CHECK_OK(__wasi_path_symlink("file", dir, "symlink"));
    CHECK_OK(__wasi_path_filestat_get(dir, 0, "symlink", &sym_st));

    __wasi_timestamp_t sym_new = sym_st.mtim - 200;
    CHECK_OK(__wasi_path_filestat_set_times(dir, 0, "symlink", 0, sym_new, __WASI_FSTFLAGS_MTIM));
    CHECK_OK(__wasi_path_filestat_get(dir, 0, "symlink", &st));
    CHECK_EQ(st.mtim, sym_new);

    CHECK_OK(__wasi_path_filestat_get(dir, 0, "file", &st));
    CHECK_EQ(st.mtim, file_st.mtim);

    CHECK_OK(__wasi_path_filestat_get(dir, follow, "symlink", &st));
    CHECK_EQ(st.mtim, file_st.mtim);

    CHECK_OK(__wasi_path_filestat_set_times(dir, follow, "symlink", 0, sym_st.mtim, __WASI_FSTFLAGS_MTIM));
    CHECK_OK(__wasi_path_filestat_get(dir, 0, "file", &st));
    CHECK_EQ(st.mtim, sym_st.mtim);

    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));
    CHECK_OK(__wasi_path_unlink_file(dir, "file"));
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "symlink_filestat_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    test(dir);
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
