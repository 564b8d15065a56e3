/*
 * Port of wasi-testsuite Rust test dangling_fd (root = fs-tests.dir).
 * A file and a directory can be re-created after being removed.
 * Skipped when NO_DANGLING_FILESYSTEM is set (as the original).
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    if (w4j_env_flag("NO_DANGLING_FILESYSTEM")) return 0;

    const char *file = "dangling_fd_file.cleanup";
    const char *sub = "dangling_fd_subdir.cleanup";
    __wasi_fd_t fd;

    CHECK_OK(__wasi_path_open(dir, 0, file, __WASI_OFLAGS_CREAT, 0, 0, 0, &fd));
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_open(dir, 0, file, 0, 0, 0, 0, &fd));
    CHECK(fd > 2);
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, file));
    CHECK_OK(__wasi_path_open(dir, 0, file, __WASI_OFLAGS_CREAT, 0, 0, 0, &fd));
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_unlink_file(dir, file));

    CHECK_OK(__wasi_path_create_directory(dir, sub));
    CHECK_OK(__wasi_path_open(dir, 0, sub, __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &fd));
    CHECK(fd > 2);
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_remove_directory(dir, sub));
    CHECK_OK(__wasi_path_create_directory(dir, sub)); /* left for the runner's *.cleanup sweep */
    return 0;
}
