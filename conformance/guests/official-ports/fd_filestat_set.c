/*
 * Port of wasi-testsuite Rust test fd_filestat_set (root = fs-tests.dir).
 * fd_filestat_set_size, then fd_filestat_set_times(MTIM) to mtim-100ns: mtim reads back
 * to the exact nanosecond, size and atim are untouched.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    const char *name = "fd_filestat_set_file.cleanup";
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, name, __WASI_OFLAGS_CREAT,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_FILESTAT_GET |
                                  __WASI_RIGHTS_FD_FILESTAT_SET_SIZE | __WASI_RIGHTS_FD_FILESTAT_SET_TIMES,
                              0, 0, &fd));
    CHECK(fd > 2);

    __wasi_filestat_t st;
    CHECK_OK(__wasi_fd_filestat_get(fd, &st));
    CHECK_EQ(st.size, 0);
    CHECK_OK(__wasi_fd_filestat_set_size(fd, 100));
    CHECK_OK(__wasi_fd_filestat_get(fd, &st));
    CHECK_EQ(st.size, 100);

    __wasi_timestamp_t old_atim = st.atim;
    __wasi_timestamp_t new_mtim = st.mtim - 100;
    CHECK_OK(__wasi_fd_filestat_set_times(fd, new_mtim, new_mtim, __WASI_FSTFLAGS_MTIM));
    CHECK_OK(__wasi_fd_filestat_get(fd, &st));
    CHECK_EQ(st.size, 100);
    CHECK_EQ(st.mtim, new_mtim);
    CHECK_EQ(st.atim, old_atim);

    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, name));
    return 0;
}
