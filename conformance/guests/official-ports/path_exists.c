/*
 * Port of wasi-testsuite Rust test path_exists (root = fs-tests.dir).
 * path_filestat_get with and without LOOKUPFLAGS_SYMLINK_FOLLOW on a directory, a file
 * in it, a symlink to the file (target "subdir/file") and a symlink to the directory.
 */
#include "wasi4j_test.h"

static __wasi_filetype_t type_of(__wasi_fd_t dir, __wasi_lookupflags_t flags, const char *path) {
    __wasi_filestat_t st;
    CHECK_OK(__wasi_path_filestat_get(dir, flags, path, &st));
    return st.filetype;
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "path_exists_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    const __wasi_lookupflags_t follow = __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW;

    CHECK_OK(__wasi_path_create_directory(dir, "subdir"));
    CHECK_EQ(type_of(dir, 0, "subdir"), __WASI_FILETYPE_DIRECTORY);
    CHECK_EQ(type_of(dir, follow, "subdir"), __WASI_FILETYPE_DIRECTORY);

    w4j_create_file(dir, "subdir/file");
    CHECK_EQ(type_of(dir, 0, "subdir/file"), __WASI_FILETYPE_REGULAR_FILE);
    CHECK_EQ(type_of(dir, follow, "subdir/file"), __WASI_FILETYPE_REGULAR_FILE);

    CHECK_OK(__wasi_path_symlink("subdir/file", dir, "link1"));
    CHECK_EQ(type_of(dir, 0, "link1"), __WASI_FILETYPE_SYMBOLIC_LINK);
    CHECK_EQ(type_of(dir, follow, "link1"), __WASI_FILETYPE_REGULAR_FILE);

    CHECK_OK(__wasi_path_symlink("subdir", dir, "link2"));
    CHECK_EQ(type_of(dir, 0, "link2"), __WASI_FILETYPE_SYMBOLIC_LINK);
    CHECK_EQ(type_of(dir, follow, "link2"), __WASI_FILETYPE_DIRECTORY);

    CHECK_OK(__wasi_path_unlink_file(dir, "link1"));
    CHECK_OK(__wasi_path_unlink_file(dir, "link2"));
    CHECK_OK(__wasi_path_unlink_file(dir, "subdir/file"));
    CHECK_OK(__wasi_path_remove_directory(dir, "subdir"));

    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
