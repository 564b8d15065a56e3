/*
 * Port of wasi-testsuite Rust test renumber (root = fs-tests.dir).
 * fd_renumber(from, to) closes `from` (closing it again is BADF) and `to` then has from's
 * fdstat (type, flags, both rights); renumbering onto a closed fd is BADF.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "renumber_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    CHECK(dir > 3);

    __wasi_fd_t from, to;
    CHECK_OK(__wasi_path_open(dir, 0, "file1", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE,
                              0, 0, &from));
    CHECK(from > 2);
    __wasi_fdstat_t st_from, st_to;
    CHECK_OK(__wasi_fd_fdstat_get(from, &st_from));

    CHECK_OK(__wasi_path_open(dir, 0, "file2", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE,
                              0, 0, &to));
    CHECK(to > 2);

    CHECK_OK(__wasi_fd_renumber(from, to));
    CHECK_ERRNO(__wasi_fd_close(from), __WASI_ERRNO_BADF);

    CHECK_OK(__wasi_fd_fdstat_get(to, &st_to));
    CHECK_EQ(st_from.fs_filetype, st_to.fs_filetype);
    CHECK_EQ(st_from.fs_flags, st_to.fs_flags);
    CHECK_EQ(st_from.fs_rights_base, st_to.fs_rights_base);
    CHECK_EQ(st_from.fs_rights_inheriting, st_to.fs_rights_inheriting);

    CHECK_ERRNO(__wasi_fd_renumber(to, from), __WASI_ERRNO_BADF);

    CHECK_OK(__wasi_fd_close(to));
    CHECK_OK(__wasi_path_unlink_file(dir, "file1"));
    CHECK_OK(__wasi_path_unlink_file(dir, "file2"));
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
