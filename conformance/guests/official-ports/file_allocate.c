/*
 * Port of wasi-testsuite Rust test file_allocate (root = fs-tests.dir).
 * fd_allocate either fails with NOTSUP, or grows the file to max(size, offset+len) and never shrinks it.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "file_allocate_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_ALLOCATE |
                                  __WASI_RIGHTS_FD_FILESTAT_GET,
                              0, 0, &fd));
    CHECK(fd > 2);
    __wasi_filestat_t st;
    CHECK_OK(__wasi_fd_filestat_get(fd, &st));
    CHECK_EQ(st.size, 0);

    __wasi_errno_t e = __wasi_fd_allocate(fd, 0, 100);
    if (e == __WASI_ERRNO_SUCCESS) {
        CHECK_OK(__wasi_fd_filestat_get(fd, &st));
        CHECK_EQ(st.size, 100);
        CHECK_OK(__wasi_fd_allocate(fd, 10, 10));
        CHECK_OK(__wasi_fd_filestat_get(fd, &st));
        CHECK_EQ(st.size, 100);
        CHECK_OK(__wasi_fd_allocate(fd, 90, 20));
        CHECK_OK(__wasi_fd_filestat_get(fd, &st));
        CHECK_EQ(st.size, 110);
    } else {
        CHECK_ERRNO(e, __WASI_ERRNO_NOTSUP);
    }
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, "file"));

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
