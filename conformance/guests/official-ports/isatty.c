/*
 * Port of wasi-testsuite Rust test isatty (root = fs-tests.dir).
 * A regular file is not a tty: wasi-libc's isatty() is 0 unless fd_fdstat_get reports a
 * CHARACTER_DEVICE without FD_SEEK/FD_TELL rights.
 */
#include <unistd.h>
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "isatty_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT, 0, 0, 0, &fd));
    CHECK(fd > 2);
    CHECK_EQ(isatty((int)fd), 0);
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, "file"));

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
