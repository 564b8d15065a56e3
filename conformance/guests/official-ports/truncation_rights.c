/*
 * Port of wasi-testsuite Rust test truncation_rights (root = fs-tests.dir).
 * The scratch directory's fdstat: type DIRECTORY, flags 0, no FD_FILESTAT_SET_SIZE base right.
 * If its base rights include PATH_FILESTAT_SET_SIZE: O_TRUNC opens (with no requested rights)
 * succeed, still succeed after FD_FILESTAT_SET_SIZE is dropped from the inheriting rights,
 * and after PATH_FILESTAT_SET_SIZE is dropped (fd_fdstat_set_rights must then work and show
 * the change) they fail with PERM or NOTCAPABLE. Otherwise that part is skipped.
 */
#include "wasi4j_test.h"

static void test(__wasi_fd_t dir) {
    w4j_create_file(dir, "file");

    __wasi_fdstat_t st;
    CHECK_OK(__wasi_fd_fdstat_get(dir, &st));
    CHECK_EQ(st.fs_filetype, __WASI_FILETYPE_DIRECTORY);
    CHECK_EQ(st.fs_flags, 0);
    CHECKF((st.fs_rights_base & __WASI_RIGHTS_FD_FILESTAT_SET_SIZE) == 0,
           "directory has the FD_FILESTAT_SET_SIZE base right");

    if (st.fs_rights_base & __WASI_RIGHTS_PATH_FILESTAT_SET_SIZE) {
        __wasi_fd_t fd;
        CHECK_OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_TRUNC, 0, 0, 0, &fd));
        CHECK_OK(__wasi_fd_close(fd));

        __wasi_rights_t base = st.fs_rights_base, inh = st.fs_rights_inheriting;
        if (inh & __WASI_RIGHTS_FD_FILESTAT_SET_SIZE) {
            inh &= ~(__wasi_rights_t)__WASI_RIGHTS_FD_FILESTAT_SET_SIZE;
            CHECK_OK(__wasi_fd_fdstat_set_rights(dir, base, inh));
        }
        CHECK_OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_TRUNC, 0, 0, 0, &fd));
        CHECK_OK(__wasi_fd_close(fd));

        base &= ~(__wasi_rights_t)__WASI_RIGHTS_PATH_FILESTAT_SET_SIZE;
        CHECK_OK(__wasi_fd_fdstat_set_rights(dir, base, inh));
        CHECK_OK(__wasi_fd_fdstat_get(dir, &st));
        CHECKF((st.fs_rights_base & __WASI_RIGHTS_PATH_FILESTAT_SET_SIZE) == 0,
               "PATH_FILESTAT_SET_SIZE still present after dropping it");
        CHECK_ERRNO(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_TRUNC, 0, 0, 0, &fd),
                    __WASI_ERRNO_PERM, __WASI_ERRNO_NOTCAPABLE);
    }

    CHECK_OK(__wasi_path_unlink_file(dir, "file"));
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "truncation_rights_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);
    test(dir);
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
