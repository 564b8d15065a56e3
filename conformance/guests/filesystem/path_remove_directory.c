/*
 * path_remove_directory: removes an empty directory (then NOENT; its name can be reused), also
 * nested, with a trailing slash, through "." components, and one that was opened and closed, or is
 * still open (creating entries through that descriptor then fails with NOENT, as on Linux). Errors: NOTEMPTY
 * for a directory holding a file, a directory or a symlink; NOTDIR for a file, a file with a
 * trailing slash, a symlink to a directory (the link is not followed, the target survives); NOENT;
 * INVAL for "." ; NOTEMPTY or INVAL for "sub/.." (Linux: NOTEMPTY); the common path errors,
 * NOTCAPABLE without PATH_REMOVE_DIRECTORY. Failed calls remove nothing.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd, int32_t p, int32_t n) { return raw_rmdir((int32_t)fd, p, n); }

int main(void) {
    const char *name = "path_remove_directory.cleanup";
    __wasi_fd_t dir = fs_scratch(name);

    OK(__wasi_path_create_directory(dir, "d"));
    OK(__wasi_path_remove_directory(dir, "d"));
    T(!fs_exists(dir, "d"));
    ERR(__wasi_path_remove_directory(dir, "d"), NOENT);
    OK(__wasi_path_create_directory(dir, "d"));
    OK(__wasi_path_remove_directory(dir, "d/"));
    T(!fs_exists(dir, "d"));
    OK(__wasi_path_create_directory(dir, "d"));
    OK(__wasi_path_remove_directory(dir, "./d//"));
    OK(__wasi_path_create_directory(dir, "d"));
    OK(__wasi_path_create_directory(dir, "d/e"));
    OK(__wasi_path_remove_directory(dir, "d/e"));
    OK(__wasi_path_remove_directory(dir, "d/../d"));
    T(!fs_exists(dir, "d"));

    /* a directory opened and closed, and one still open */
    OK(__wasi_path_create_directory(dir, "d"));
    __wasi_fd_t fd = fs_open_dir(dir, "d");
    OK(__wasi_fd_close(fd));
    OK(__wasi_path_remove_directory(dir, "d"));
    OK(__wasi_path_create_directory(dir, "d"));
    fd = fs_open_dir(dir, "d");
    OK(__wasi_path_remove_directory(dir, "d"));
    T(!fs_exists(dir, "d"));
    ERR(__wasi_path_create_directory(fd, "x"), NOENT);
    ERR(__wasi_path_open(fd, 0, "x", O_CREAT, 0, 0, 0, &(__wasi_fd_t){0}), NOENT);
    OK(__wasi_fd_close(fd));

    /* NOTEMPTY: nothing removed */
    OK(__wasi_path_create_directory(dir, "d"));
    fs_put(dir, "d/file", "");
    ERR(__wasi_path_remove_directory(dir, "d"), NOTEMPTY);
    OK(__wasi_path_unlink_file(dir, "d/file"));
    OK(__wasi_path_create_directory(dir, "d/e"));
    ERR(__wasi_path_remove_directory(dir, "d"), NOTEMPTY);
    ERR(__wasi_path_remove_directory(dir, "d/"), NOTEMPTY);
    ERR2(__wasi_path_remove_directory(dir, "d/e/.."), NOTEMPTY, INVAL);
    T(fs_exists(dir, "d/e"));
    OK(__wasi_path_remove_directory(dir, "d/e"));
    if (fs_symlink("nowhere", dir, "d/link")) {
        ERR(__wasi_path_remove_directory(dir, "d"), NOTEMPTY);
        OK(__wasi_path_unlink_file(dir, "d/link"));
    }
    OK(__wasi_path_remove_directory(dir, "d"));

    /* NOTDIR, NOENT, INVAL */
    fs_put(dir, "file", "x");
    OK(__wasi_path_create_directory(dir, "sub"));
    ERR(__wasi_path_remove_directory(dir, "file"), NOTDIR);
    ERR(__wasi_path_remove_directory(dir, "file/"), NOTDIR);
    ERR(__wasi_path_remove_directory(fs_root, "hello.txt"), NOTDIR);
    ERR(__wasi_path_remove_directory(dir, "missing"), NOENT);
    ERR(__wasi_path_remove_directory(dir, "missing/"), NOENT);
    ERR(__wasi_path_remove_directory(dir, "sub/missing"), NOENT);
    ERR(__wasi_path_remove_directory(dir, "."), INVAL);
    ERR(__wasi_path_remove_directory(dir, "sub/."), INVAL);
    T(fs_exists(dir, "sub"));
    EQ(fs_type(dir, "file"), FT_FILE);
    FS_PATH_ERRORS(op, dir, R(PATH_REMOVE_DIRECTORY), "sub");
    T(fs_exists(dir, "sub"));

    /* a symlink to a directory is not followed, even with a trailing slash */
    if (fs_symlink("sub", dir, "link")) {
        ERR(__wasi_path_remove_directory(dir, "link"), NOTDIR);
        ERR(__wasi_path_remove_directory(dir, "link/"), NOTDIR);
        EQ(fs_type(dir, "link"), FT_LINK);
        EQ(fs_type(dir, "sub"), FT_DIR);
        OK(__wasi_path_unlink_file(dir, "link"));
    }

    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
