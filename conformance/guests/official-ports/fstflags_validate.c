/*
 * Port of wasi-testsuite Rust test fstflags_validate (root = fs-tests.dir).
 * fd_filestat_set_times with MTIM|MTIM_NOW, or with ATIM|ATIM_NOW, is INVAL.
 * (Like the original, the file is left behind for the runner's *.cleanup sweep.)
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, "fstflags_validate.cleanup", __WASI_OFLAGS_CREAT,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_FILESTAT_SET_TIMES, 0, 0, &fd));
    CHECK_ERRNO(__wasi_fd_filestat_set_times(fd, 100, 200, __WASI_FSTFLAGS_MTIM | __WASI_FSTFLAGS_MTIM_NOW),
                __WASI_ERRNO_INVAL);
    CHECK_ERRNO(__wasi_fd_filestat_set_times(fd, 100, 200, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW),
                __WASI_ERRNO_INVAL);
    CHECK_OK(__wasi_fd_close(fd));
    return 0;
}
