/*
 * Port of wasi-testsuite Rust test fd_advise (root = fs-tests.dir).
 * set_size grows a file; fd_advise succeeds without changing the size;
 * fd_allocate either grows the file to offset+len or fails with NOTSUP.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    const char *name = "fd_advise_file.cleanup";
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, name, __WASI_OFLAGS_CREAT,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_ADVISE |
                                  __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE |
                                  __WASI_RIGHTS_FD_ALLOCATE,
                              0, 0, &fd));
    CHECK(fd > 2);

    __wasi_filestat_t st;
    CHECK_OK(__wasi_fd_filestat_get(fd, &st));
    CHECK_EQ(st.size, 0);
    CHECK_OK(__wasi_fd_filestat_set_size(fd, 100));
    CHECK_OK(__wasi_fd_filestat_get(fd, &st));
    CHECK_EQ(st.size, 100);

    CHECK_OK(__wasi_fd_advise(fd, 10, 50, __WASI_ADVICE_NORMAL));
    CHECK_OK(__wasi_fd_filestat_get(fd, &st));
    CHECK_EQ(st.size, 100);

    __wasi_errno_t e = __wasi_fd_allocate(fd, 100, 100);
    if (e == __WASI_ERRNO_SUCCESS) {
        CHECK_OK(__wasi_fd_filestat_get(fd, &st));
        CHECK_EQ(st.size, 200);
    } else {
        CHECK_ERRNO(e, __WASI_ERRNO_NOTSUP);
    }

    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, name));
    return 0;
}
