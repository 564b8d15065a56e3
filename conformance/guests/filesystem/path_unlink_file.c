/*
 * path_unlink_file: removes a file (then NOENT, the name can be reused), also in a subdirectory;
 * an open descriptor keeps reading and writing the unlinked file; with hard links the other name
 * stays (nlink drops); a symlink is removed itself, never its target (to a file, to a directory,
 * dangling, looping). Errors: ISDIR for a directory (also "dir/", ".", a directory in the fixture);
 * NOTDIR for a trailing slash on a file or on a symlink (Linux does not follow it for unlink);
 * NOENT; the common path errors, NOTCAPABLE without PATH_UNLINK_FILE. Failed calls remove nothing.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd, int32_t p, int32_t n) { return raw_unlink((int32_t)fd, p, n); }

int main(void) {
    const char *name = "path_unlink_file.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    char buf[8];

    fs_put(dir, "file", "abc");
    OK(__wasi_path_unlink_file(dir, "file"));
    T(!fs_exists(dir, "file"));
    ERR(__wasi_path_unlink_file(dir, "file"), NOENT);
    fs_put(dir, "file", "def");
    fs_expect_content(dir, "file", "def", 3);
    OK(__wasi_path_unlink_file(dir, "./file"));
    OK(__wasi_path_create_directory(dir, "sub"));
    fs_put(dir, "sub/inner", "");
    OK(__wasi_path_unlink_file(dir, "sub/../sub/inner"));
    T(!fs_exists(dir, "sub/inner"));

    /* an open file outlives its name */
    fs_put(dir, "open", "123");
    __wasi_fd_t fd = fs_open(dir, "open", 0, RW, 0);
    OK(__wasi_path_unlink_file(dir, "open"));
    T(!fs_exists(dir, "open"));
    EQ(fs_read(fd, buf, sizeof buf), 3);
    fs_write(fd, "45", 2);
    EQ(fs_pread(fd, buf, sizeof buf, 0), 5);
    T(memcmp(buf, "12345", 5) == 0);
    OK(__wasi_fd_close(fd));
    T(!fs_exists(dir, "open"));

    /* hard links */
    fs_put(dir, "file", "x");
    if (fs_link(dir, 0, "file", "hard")) {
        OK(__wasi_path_unlink_file(dir, "file"));
        EQ(fs_stat(dir, "hard", 0).nlink, 1);
        fs_expect_content(dir, "hard", "x", 1);
        OK(__wasi_path_unlink_file(dir, "hard"));
        fs_put(dir, "file", "x");
    }

    /* errors; nothing removed */
    ERR(__wasi_path_unlink_file(dir, "sub"), ISDIR);
    ERR(__wasi_path_unlink_file(dir, "sub/"), ISDIR);
    ERR(__wasi_path_unlink_file(dir, "."), ISDIR);
    ERR(__wasi_path_unlink_file(dir, "sub/.."), ISDIR);
    ERR(__wasi_path_unlink_file(fs_root, "tree"), ISDIR);
    ERR(__wasi_path_unlink_file(dir, "file/"), NOTDIR);
    ERR(__wasi_path_unlink_file(dir, "file/."), NOTDIR);
    ERR(__wasi_path_unlink_file(dir, "missing"), NOENT);
    ERR(__wasi_path_unlink_file(dir, "missing/"), NOENT);
    ERR(__wasi_path_unlink_file(dir, "sub/missing"), NOENT);
    EQ(fs_type(dir, "sub"), FT_DIR);
    EQ(fs_type(dir, "file"), FT_FILE);
    FS_PATH_ERRORS(op, dir, R(PATH_UNLINK_FILE), "file");
    EQ(fs_type(dir, "file"), FT_FILE);

    /* symlinks go, their targets stay */
    if (fs_symlink("file", dir, "lf")) {
        T(fs_symlink("sub", dir, "ld"));
        T(fs_symlink("nowhere", dir, "dangling"));
        T(fs_symlink("loop", dir, "loop"));
        ERR(__wasi_path_unlink_file(dir, "lf/"), NOTDIR);
        ERR(__wasi_path_unlink_file(dir, "ld/"), NOTDIR);
        EQ(fs_type(dir, "lf"), FT_LINK);
        EQ(fs_type(dir, "ld"), FT_LINK);
        const char *links[] = {"lf", "ld", "dangling", "loop"};
        for (unsigned i = 0; i < sizeof links / sizeof *links; i++) {
            OK(__wasi_path_unlink_file(dir, links[i]));
            T(!fs_exists(dir, links[i]));
        }
        EQ(fs_type(dir, "file"), FT_FILE);
        EQ(fs_type(dir, "sub"), FT_DIR);
    }

    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
