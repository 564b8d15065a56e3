/*
 * Port of wasi-testsuite Rust test interesting_paths (root = fs-tests.dir).
 * Absolute paths and ".." escapes are refused (PERM or NOTCAPABLE); "." and ".." inside
 * the sandbox and repeated slashes resolve; an embedded NUL is INVAL, ILSEQ or NOENT;
 * a trailing slash on a file is NOTDIR or NOENT; on a directory it is fine (oflags 0).
 */
#include "wasi4j_test.h"

static void test(__wasi_fd_t dir) {
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_create_directory(dir, "dir"));
    CHECK_OK(__wasi_path_create_directory(dir, "dir/nested"));
    w4j_create_file(dir, "dir/nested/file");

    CHECK_ERRNO(__wasi_path_open(dir, 0, "/dir/nested/file", 0, 0, 0, 0, &fd),
                __WASI_ERRNO_PERM, __WASI_ERRNO_NOTCAPABLE);

    CHECK_OK(__wasi_path_open(dir, 0, "dir/.//nested/../../dir/nested/../nested///./file", 0, 0, 0, 0, &fd));
    CHECK(fd > 2);
    CHECK_OK(__wasi_fd_close(fd));

    static const char with_nul[] = "dir/nested/file\0"; /* 16 bytes passed, the last one NUL */
    CHECK_ERRNO(w4j_path_open_n(dir, 0, with_nul, sizeof with_nul - 1, 0, 0, 0, 0, &fd),
                __WASI_ERRNO_INVAL, __WASI_ERRNO_ILSEQ, __WASI_ERRNO_NOENT);

    CHECK_ERRNO(__wasi_path_open(dir, 0, "dir/nested/file/", 0, 0, 0, 0, &fd),
                __WASI_ERRNO_NOTDIR, __WASI_ERRNO_NOENT);
    CHECK_ERRNO(__wasi_path_open(dir, 0, "dir/nested/file///", 0, 0, 0, 0, &fd),
                __WASI_ERRNO_NOTDIR, __WASI_ERRNO_NOENT);

    CHECK_OK(__wasi_path_open(dir, 0, "dir/nested/", 0, 0, 0, 0, &fd));
    CHECK(fd > 2);
    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_open(dir, 0, "dir/nested///", 0, 0, 0, 0, &fd));
    CHECK(fd > 2);
    CHECK_OK(__wasi_fd_close(fd));

    CHECK_ERRNO(__wasi_path_open(dir, 0, "dir/nested/../../../dir/nested/file", 0, 0, 0, 0, &fd),
                __WASI_ERRNO_PERM, __WASI_ERRNO_NOTCAPABLE);

    CHECK_OK(__wasi_path_unlink_file(dir, "dir/nested/file"));
    CHECK_OK(__wasi_path_remove_directory(dir, "dir/nested"));
    CHECK_OK(__wasi_path_remove_directory(dir, "dir"));
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "interesting_paths_dir.cleanup";
    /* The original opens its scratch directory with this narrower set of rights. */
    __wasi_fd_t dir = w4j_mkdir_open(
        root, dname,
        __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_PATH_CREATE_FILE |
            __WASI_RIGHTS_PATH_CREATE_DIRECTORY | __WASI_RIGHTS_PATH_REMOVE_DIRECTORY |
            __WASI_RIGHTS_PATH_OPEN | __WASI_RIGHTS_PATH_UNLINK_FILE,
        __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_READDIR |
            __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_SEEK);
    test(dir);
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
