/*
 * Port of wasi-testsuite Rust test path_link (root = fs-tests.dir).
 * A hard link (same or other directory) opened with the same rights has an identical
 * filestat (dev, ino, atim, mtim, ctim, size, nlink, filetype) and fdstat (flags, type;
 * rights too unless fd_fdstat_set_rights is NOTSUP). Linking onto an existing file, the
 * source itself, a directory or a dangling symlink is EXIST; linking a directory is PERM
 * or ACCES; "link/" is NOENT; a symlink (dangling or a loop) can be hard-linked itself;
 * LOOKUPFLAGS_SYMLINK_FOLLOW on a dangling symlink is INVAL or NOENT.
 */
#include "wasi4j_test.h"

#define TEST_RIGHTS                                                                      \
    (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_PATH_LINK_SOURCE | __WASI_RIGHTS_PATH_LINK_TARGET | \
     __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_PATH_OPEN | __WASI_RIGHTS_PATH_UNLINK_FILE)

static __wasi_fd_t open_with(__wasi_fd_t dir, const char *name, __wasi_oflags_t oflags) {
    __wasi_fd_t fd;
    __wasi_errno_t e = __wasi_path_open(dir, 0, name, oflags, TEST_RIGHTS, TEST_RIGHTS, 0, &fd);
    CHECKF(e == 0, "opening '%s' failed with %s", name, w4j_errno_name(e));
    CHECK(fd > 2);
    return fd;
}

static void check_same(__wasi_fd_t orig, __wasi_fd_t link) {
    __wasi_filestat_t a, b;
    CHECK_OK(__wasi_fd_filestat_get(orig, &a));
    CHECK_OK(__wasi_fd_filestat_get(link, &b));
    CHECK_EQ(a.dev, b.dev);
    CHECK_EQ(a.ino, b.ino);
    CHECK_EQ(a.atim, b.atim);
    CHECK_EQ(a.ctim, b.ctim);
    CHECK_EQ(a.mtim, b.mtim);
    CHECK_EQ(a.size, b.size);
    CHECK_EQ(a.nlink, b.nlink);
    CHECK_EQ(a.filetype, b.filetype);

    __wasi_fdstat_t x, y;
    CHECK_OK(__wasi_fd_fdstat_get(orig, &x));
    CHECK_OK(__wasi_fd_fdstat_get(link, &y));
    CHECK_EQ(x.fs_flags, y.fs_flags);
    CHECK_EQ(x.fs_filetype, y.fs_filetype);
    if (w4j_supports_rights(orig)) {
        CHECK_EQ(x.fs_rights_base, y.fs_rights_base);
        CHECK_EQ(x.fs_rights_inheriting, y.fs_rights_inheriting);
    }
}

static void test(__wasi_fd_t dir) {
    __wasi_fd_t file = open_with(dir, "file", __WASI_OFLAGS_CREAT);

    CHECK_OK(__wasi_path_link(dir, 0, "file", dir, "link"));
    __wasi_fd_t link = open_with(dir, "link", 0);
    check_same(file, link);
    CHECK_OK(__wasi_fd_close(link));
    CHECK_OK(__wasi_path_unlink_file(dir, "link"));

    CHECK_OK(__wasi_path_create_directory(dir, "subdir"));
    __wasi_fd_t sub = open_with(dir, "subdir", __WASI_OFLAGS_DIRECTORY);
    CHECK_OK(__wasi_path_link(dir, 0, "file", sub, "link"));
    link = open_with(sub, "link", 0);
    check_same(file, link);
    CHECK_OK(__wasi_fd_close(link));
    CHECK_OK(__wasi_fd_close(file));
    CHECK_OK(__wasi_path_unlink_file(sub, "link"));
    CHECK_OK(__wasi_fd_close(sub));
    CHECK_OK(__wasi_path_remove_directory(dir, "subdir"));

    w4j_create_file(dir, "link");
    CHECK_ERRNO(__wasi_path_link(dir, 0, "file", dir, "link"), __WASI_ERRNO_EXIST);
    CHECK_OK(__wasi_path_unlink_file(dir, "link"));

    CHECK_ERRNO(__wasi_path_link(dir, 0, "file", dir, "file"), __WASI_ERRNO_EXIST);

    CHECK_OK(__wasi_path_create_directory(dir, "link"));
    CHECK_ERRNO(__wasi_path_link(dir, 0, "file", dir, "link"), __WASI_ERRNO_EXIST);
    CHECK_OK(__wasi_path_remove_directory(dir, "link"));

    CHECK_OK(__wasi_path_create_directory(dir, "subdir"));
    sub = open_with(dir, "subdir", __WASI_OFLAGS_DIRECTORY);
    CHECK_ERRNO(__wasi_path_link(dir, 0, "subdir", dir, "link"), __WASI_ERRNO_PERM, __WASI_ERRNO_ACCES);
    CHECK_OK(__wasi_fd_close(sub));
    CHECK_OK(__wasi_path_remove_directory(dir, "subdir"));

    CHECK_ERRNO(__wasi_path_link(dir, 0, "file", dir, "link/"), __WASI_ERRNO_NOENT);

    if (!w4j_env_flag("NO_DANGLING_FILESYSTEM") &&
        __wasi_path_symlink("target", dir, "symlink") == __WASI_ERRNO_SUCCESS) {
        CHECK_OK(__wasi_path_link(dir, 0, "symlink", dir, "link")); /* links the symlink itself */
        CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));
        CHECK_OK(__wasi_path_unlink_file(dir, "link"));

        CHECK_OK(__wasi_path_symlink("symlink", dir, "symlink")); /* a loop */
        CHECK_OK(__wasi_path_link(dir, 0, "symlink", dir, "link"));
        CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));
        CHECK_OK(__wasi_path_unlink_file(dir, "link"));

        CHECK_OK(__wasi_path_symlink("target", dir, "symlink"));
        CHECK_ERRNO(__wasi_path_link(dir, 0, "file", dir, "symlink"), __WASI_ERRNO_EXIST);
        CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));

        CHECK_OK(__wasi_path_symlink("target", dir, "symlink"));
        CHECK_ERRNO(__wasi_path_link(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "symlink", dir, "link"),
                    __WASI_ERRNO_INVAL, __WASI_ERRNO_NOENT);
        CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));
    }

    CHECK_OK(__wasi_path_unlink_file(dir, "file"));
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "path_link_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    test(dir);
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
