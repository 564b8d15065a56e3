/*
 * Port of wasi-testsuite Rust test path_rename (root = fs-tests.dir).
 * dir -> new name; dir -> existing empty dir (unless NO_RENAME_DIR_TO_EMPTY_DIR, then it must
 * fail); dir -> non-empty dir is NOTEMPTY or ACCES; dir -> existing file either succeeds or is
 * NOTDIR; file -> new name; file -> existing file replaces it; file -> existing dir is ISDIR or ACCES.
 */
#include "wasi4j_test.h"

static void expect_missing(__wasi_fd_t dir, const char *path, __wasi_oflags_t oflags) {
    __wasi_fd_t fd;
    CHECK_ERRNO(__wasi_path_open(dir, 0, path, oflags, 0, 0, 0, &fd), __WASI_ERRNO_NOENT);
}

static void expect_opens(__wasi_fd_t dir, const char *path, __wasi_oflags_t oflags) {
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, path, oflags, 0, 0, 0, &fd));
    CHECK(fd > 2);
    CHECK_OK(__wasi_fd_close(fd));
}

static void test(__wasi_fd_t dir) {
    const __wasi_oflags_t D = __WASI_OFLAGS_DIRECTORY;

    CHECK_OK(__wasi_path_create_directory(dir, "source"));
    CHECK_OK(__wasi_path_rename(dir, "source", dir, "target"));
    expect_missing(dir, "source", D);
    expect_opens(dir, "target", D);
    CHECK_OK(__wasi_path_remove_directory(dir, "target"));

    CHECK_OK(__wasi_path_create_directory(dir, "source"));
    CHECK_OK(__wasi_path_create_directory(dir, "target"));
    if (!w4j_env_flag("NO_RENAME_DIR_TO_EMPTY_DIR")) {
        CHECK_OK(__wasi_path_rename(dir, "source", dir, "target"));
        expect_missing(dir, "source", D);
        expect_opens(dir, "target", D);
        CHECK_OK(__wasi_path_remove_directory(dir, "target"));
    } else {
        CHECK(__wasi_path_rename(dir, "source", dir, "target") != __WASI_ERRNO_SUCCESS);
        CHECK_OK(__wasi_path_remove_directory(dir, "target"));
        CHECK_OK(__wasi_path_remove_directory(dir, "source"));
    }

    CHECK_OK(__wasi_path_create_directory(dir, "source"));
    CHECK_OK(__wasi_path_create_directory(dir, "target"));
    w4j_create_file(dir, "target/file");
    CHECK_ERRNO(__wasi_path_rename(dir, "source", dir, "target"), __WASI_ERRNO_NOTEMPTY, __WASI_ERRNO_ACCES);

    __wasi_errno_t e = __wasi_path_rename(dir, "source", dir, "target/file");
    if (e == __WASI_ERRNO_SUCCESS) {
        CHECK_OK(__wasi_path_remove_directory(dir, "target/file"));
    } else {
        CHECK_ERRNO(e, __WASI_ERRNO_NOTDIR);
        CHECK_OK(__wasi_path_unlink_file(dir, "target/file"));
        CHECK_OK(__wasi_path_remove_directory(dir, "source"));
    }
    CHECK_OK(__wasi_path_remove_directory(dir, "target"));

    w4j_create_file(dir, "source");
    CHECK_OK(__wasi_path_rename(dir, "source", dir, "target"));
    expect_missing(dir, "source", 0);
    expect_opens(dir, "target", 0);
    CHECK_OK(__wasi_path_unlink_file(dir, "target"));

    w4j_create_file(dir, "source");
    w4j_create_file(dir, "target");
    CHECK_OK(__wasi_path_rename(dir, "source", dir, "target"));
    expect_missing(dir, "source", 0);
    expect_opens(dir, "target", 0);
    CHECK_OK(__wasi_path_unlink_file(dir, "target"));

    w4j_create_file(dir, "source");
    CHECK_OK(__wasi_path_create_directory(dir, "target"));
    CHECK_ERRNO(__wasi_path_rename(dir, "source", dir, "target"), __WASI_ERRNO_ISDIR, __WASI_ERRNO_ACCES);
    CHECK_OK(__wasi_path_remove_directory(dir, "target"));
    CHECK_OK(__wasi_path_unlink_file(dir, "source"));
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "path_rename_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    test(dir);
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
