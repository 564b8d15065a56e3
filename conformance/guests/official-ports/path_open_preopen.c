/*
 * Port of wasi-testsuite Rust test path_open_preopen (root = fs-tests.dir, preopened as "/").
 * The "/" preopen's base rights include a fixed directory set and its inheriting rights that
 * set plus the file rights below; "." reopens with the same rights, with no rights, with
 * O_DIRECTORY, and with O_DIRECTORY + FD_READ; O_DIRECTORY + FD_READ|FD_WRITE is exactly
 * ISDIR (it succeeds instead when ERRNO_MODE_WINDOWS is set, as in the original).
 * (The original also prints the rights to stdout; stdout is not checked, so this port stays quiet.)
 */
#include "wasi4j_test.h"

#define DIR_BASE_RIGHTS                                                                     \
    (__WASI_RIGHTS_PATH_CREATE_DIRECTORY | __WASI_RIGHTS_PATH_CREATE_FILE |                 \
     __WASI_RIGHTS_PATH_LINK_SOURCE | __WASI_RIGHTS_PATH_LINK_TARGET | __WASI_RIGHTS_PATH_OPEN | \
     __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_PATH_READLINK | __WASI_RIGHTS_PATH_RENAME_SOURCE | \
     __WASI_RIGHTS_PATH_RENAME_TARGET | __WASI_RIGHTS_PATH_SYMLINK |                          \
     __WASI_RIGHTS_PATH_REMOVE_DIRECTORY | __WASI_RIGHTS_PATH_UNLINK_FILE |                   \
     __WASI_RIGHTS_PATH_FILESTAT_GET | __WASI_RIGHTS_PATH_FILESTAT_SET_TIMES |                 \
     __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_FILESTAT_SET_TIMES)
#define DIR_INHERITING_RIGHTS                                                                  \
    (DIR_BASE_RIGHTS | __WASI_RIGHTS_FD_DATASYNC | __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | \
     __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS | __WASI_RIGHTS_FD_SYNC | __WASI_RIGHTS_FD_TELL |            \
     __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_ADVISE | __WASI_RIGHTS_FD_ALLOCATE |                \
     __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE |                          \
     __WASI_RIGHTS_FD_FILESTAT_SET_TIMES | __WASI_RIGHTS_POLL_FD_READWRITE)

int main(void) {
    int pre = w4j_find_preopen("/");
    CHECKF(pre >= 0, "no preopened directory named \"/\"");

    __wasi_prestat_t ps;
    CHECK_OK(__wasi_fd_prestat_get((__wasi_fd_t)pre, &ps));
    CHECK_EQ(ps.tag, __WASI_PREOPENTYPE_DIR);
    char name[8];
    CHECK_EQ(ps.u.dir.pr_name_len, 1);
    CHECK_OK(__wasi_fd_prestat_dir_name((__wasi_fd_t)pre, (uint8_t *)name, ps.u.dir.pr_name_len));
    CHECK(name[0] == '/');

    __wasi_fdstat_t st;
    CHECK_OK(__wasi_fd_fdstat_get((__wasi_fd_t)pre, &st));
    CHECKF((st.fs_rights_base & DIR_BASE_RIGHTS) == DIR_BASE_RIGHTS,
           "preopen base rights 0x%llx miss 0x%llx", (unsigned long long)st.fs_rights_base,
           (unsigned long long)(DIR_BASE_RIGHTS & ~st.fs_rights_base));
    CHECKF((st.fs_rights_inheriting & DIR_INHERITING_RIGHTS) == DIR_INHERITING_RIGHTS,
           "preopen inheriting rights 0x%llx miss 0x%llx", (unsigned long long)st.fs_rights_inheriting,
           (unsigned long long)(DIR_INHERITING_RIGHTS & ~st.fs_rights_inheriting));

    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open((__wasi_fd_t)pre, 0, ".", 0, st.fs_rights_base, st.fs_rights_inheriting, 0, &fd));
    CHECK_OK(__wasi_path_open((__wasi_fd_t)pre, 0, ".", 0, 0, 0, 0, &fd));
    CHECK_OK(__wasi_path_open((__wasi_fd_t)pre, 0, ".", __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &fd));
    CHECK_OK(__wasi_path_open((__wasi_fd_t)pre, 0, ".", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READ, 0, 0, &fd));

    __wasi_errno_t e = __wasi_path_open((__wasi_fd_t)pre, 0, ".", __WASI_OFLAGS_DIRECTORY,
                                        __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE, 0, 0, &fd);
    if (w4j_env_flag("ERRNO_MODE_WINDOWS"))
        CHECK_OK(e);
    else
        CHECK_ERRNO(e, __WASI_ERRNO_ISDIR);
    return 0;
}
