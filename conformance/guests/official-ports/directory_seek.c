/*
 * Port of wasi-testsuite Rust test directory_seek (root = fs-tests.dir).
 * A directory opened while requesting FD_SEEK cannot seek (ISDIR, NOTCAPABLE or BADF)
 * and its fdstat does not carry FD_SEEK.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    const char *name = "directory_seek_dir.cleanup";
    CHECK_OK(__wasi_path_create_directory(dir, name));

    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, name, __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_SEEK, 0, 0, &fd));
    CHECK(fd > 2);

    __wasi_filesize_t pos;
    CHECK_ERRNO(__wasi_fd_seek(fd, 0, __WASI_WHENCE_CUR, &pos), __WASI_ERRNO_ISDIR,
                __WASI_ERRNO_NOTCAPABLE, __WASI_ERRNO_BADF);

    __wasi_fdstat_t st;
    CHECK_OK(__wasi_fd_fdstat_get(fd, &st));
    CHECK_EQ(st.fs_filetype, __WASI_FILETYPE_DIRECTORY);
    CHECKF((st.fs_rights_base & __WASI_RIGHTS_FD_SEEK) == 0, "directory fd has the FD_SEEK right");

    CHECK_OK(__wasi_fd_close(fd));
    CHECK_OK(__wasi_path_remove_directory(dir, name));
    return 0;
}
