/*
 * path_create_directory: creates a directory (seen by path_filestat_get, openable with O_DIRECTORY,
 * listed, empty), also through "." / ".." components that stay inside, with a trailing slash, and
 * through an intermediate symlink. Errors: EXIST for an existing file, directory, symlink (even
 * dangling) or "."; NOENT for a missing parent; NOTDIR for a file parent; the common path errors
 * (fs_path_errors), NOTCAPABLE without PATH_CREATE_DIRECTORY. A failed call creates nothing.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd, int32_t p, int32_t n) { return raw_mkdir((int32_t)fd, p, n); }

static void expect_dir(__wasi_fd_t dir, const char *path) {
    __wasi_filestat_t st = fs_stat(dir, path, 0);
    EQ(st.filetype, FT_DIR);
    __wasi_fd_t fd = fs_open(dir, path, O_DIR, R(FD_READDIR), 0);
    /* a new directory lists exactly "." and ".." */
    uint8_t buf[256];
    __wasi_size_t used;
    OK(__wasi_fd_readdir(fd, buf, sizeof buf, 0, &used));
    EQ(used, 2 * sizeof(__wasi_dirent_t) + 3);
    OK(__wasi_fd_close(fd));
}

int main(void) {
    const char *name = "path_create_directory.cleanup";
    __wasi_fd_t dir = fs_scratch(name);

    OK(__wasi_path_create_directory(dir, "d"));
    expect_dir(dir, "d");
    OK(__wasi_path_create_directory(dir, "d/e"));
    expect_dir(dir, "d/e");
    OK(__wasi_path_create_directory(dir, "./d/./f"));
    expect_dir(dir, "d/f");
    OK(__wasi_path_create_directory(dir, "d/e/../g"));
    expect_dir(dir, "d/g");
    OK(__wasi_path_create_directory(dir, "slash/"));
    expect_dir(dir, "slash");
    OK(__wasi_path_create_directory(dir, "slashes//"));
    expect_dir(dir, "slashes");
    /* the new directory's ".." is its parent */
    EQ(fs_stat(dir, "d/e/..", 0).ino, fs_stat(dir, "d", 0).ino);

    /* EXIST */
    fs_put(dir, "file", "x");
    ERR(__wasi_path_create_directory(dir, "d"), EXIST);
    ERR(__wasi_path_create_directory(dir, "d/e"), EXIST);
    ERR(__wasi_path_create_directory(dir, "d/"), EXIST);
    ERR(__wasi_path_create_directory(dir, "file"), EXIST);
    ERR(__wasi_path_create_directory(dir, "."), EXIST);
    ERR(__wasi_path_create_directory(dir, "d/.."), EXIST);
    EQ(fs_stat(dir, "file", 0).filetype, __WASI_FILETYPE_REGULAR_FILE);
    EQ(fs_stat(dir, "file", 0).size, 1);

    /* NOENT, NOTDIR: nothing gets created */
    ERR(__wasi_path_create_directory(dir, "missing/x"), NOENT);
    ERR(__wasi_path_create_directory(dir, "missing/x/y"), NOENT);
    T(!fs_exists(dir, "missing"));
    ERR(__wasi_path_create_directory(dir, "file/x"), NOTDIR);
    ERR(__wasi_path_create_directory(dir, "file/"), EXIST);

    /* symlinks: an existing (even dangling) link is EXIST; an intermediate one is followed */
    if (fs_symlink("d", dir, "to_d")) {
        ERR(__wasi_path_create_directory(dir, "to_d"), EXIST);
        ERR(__wasi_path_create_directory(dir, "to_d/"), EXIST);
        OK(__wasi_path_create_directory(dir, "to_d/h"));
        expect_dir(dir, "d/h");
        OK(__wasi_path_remove_directory(dir, "d/h"));
        T(fs_symlink("nowhere", dir, "dangling"));
        ERR(__wasi_path_create_directory(dir, "dangling"), EXIST);
        T(!fs_exists(dir, "nowhere"));
        EQ(fs_stat(dir, "dangling", 0).filetype, __WASI_FILETYPE_SYMBOLIC_LINK);
        OK(__wasi_path_unlink_file(dir, "dangling"));
        OK(__wasi_path_unlink_file(dir, "to_d"));
    }

    /* EFAULT / ILSEQ / ... create nothing */
    FS_PATH_ERRORS(op, dir, R(PATH_CREATE_DIRECTORY), "new");
    T(!fs_exists(dir, "new"));
    T(!fs_exists(dir, "pe_file"));

    OK(__wasi_path_remove_directory(dir, "d/e"));
    OK(__wasi_path_remove_directory(dir, "d/f"));
    OK(__wasi_path_remove_directory(dir, "d/g"));
    OK(__wasi_path_remove_directory(dir, "d"));
    OK(__wasi_path_remove_directory(dir, "slash"));
    OK(__wasi_path_remove_directory(dir, "slashes"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
