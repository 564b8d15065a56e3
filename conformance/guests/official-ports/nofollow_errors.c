/*
 * Port of wasi-testsuite Rust test nofollow_errors (root = fs-tests.dir).
 * Without LOOKUPFLAGS_SYMLINK_FOLLOW a final symlink is not followed:
 *   symlink->dir,  O_DIRECTORY: LOOP or NOTDIR;  no oflags: LOOP or ACCES
 *   symlink->file, O_DIRECTORY: LOOP or NOTDIR;  no oflags: LOOP
 * With FOLLOW: symlink->dir opens with O_DIRECTORY; symlink->file with O_DIRECTORY is NOTDIR.
 */
#include "wasi4j_test.h"

static void test(__wasi_fd_t dir) {
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_create_directory(dir, "target"));
    CHECK_OK(__wasi_path_symlink("target", dir, "symlink"));

    CHECK_ERRNO(__wasi_path_open(dir, 0, "symlink", __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &fd),
                __WASI_ERRNO_LOOP, __WASI_ERRNO_NOTDIR);
    CHECK_ERRNO(__wasi_path_open(dir, 0, "symlink", 0, 0, 0, 0, &fd), __WASI_ERRNO_LOOP, __WASI_ERRNO_ACCES);
    CHECK_OK(__wasi_path_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "symlink", __WASI_OFLAGS_DIRECTORY, 0, 0,
                              0, &fd));
    CHECK(fd > 2);
    CHECK_OK(__wasi_fd_close(fd));

    CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));
    CHECK_OK(__wasi_path_remove_directory(dir, "target"));
    CHECK_OK(__wasi_path_open(dir, 0, "target", __WASI_OFLAGS_CREAT, 0, 0, 0, &fd));
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_symlink("target", dir, "symlink"));

    CHECK_ERRNO(__wasi_path_open(dir, 0, "symlink", __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &fd),
                __WASI_ERRNO_LOOP, __WASI_ERRNO_NOTDIR);
    CHECK_ERRNO(__wasi_path_open(dir, 0, "symlink", 0, 0, 0, 0, &fd), __WASI_ERRNO_LOOP);
    CHECK_ERRNO(__wasi_path_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "symlink", __WASI_OFLAGS_DIRECTORY, 0,
                                 0, 0, &fd),
                __WASI_ERRNO_NOTDIR);

    CHECK_OK(__wasi_path_unlink_file(dir, "target"));
    CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "nofollow_errors_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    test(dir);
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
