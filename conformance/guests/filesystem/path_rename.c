/*
 * path_rename: a file to a new name (same inode, old name gone), over an existing file (replaced:
 * the target's old inode is gone, an fd open on it still reads the old data), onto itself and
 * onto another hard link of itself (nothing happens), into a subdirectory and between two
 * directory descriptors; a directory to a new name, over an empty directory, with trailing slashes;
 * an open file keeps working after its rename; a symlink is renamed itself (not its target).
 * Errors: NOTEMPTY when the target is a non-empty directory, ISDIR for a file over a directory,
 * NOTDIR for a directory over a file or a symlink, INVAL for a directory into its own subtree, BUSY
 * or INVAL for "." / ".." (Linux: BUSY), NOENT (missing source, missing target parent), NOTDIR for
 * "file/" on either side, the common path errors on both paths, NOTCAPABLE without
 * PATH_RENAME_SOURCE (old) or PATH_RENAME_TARGET (new). Failed renames change nothing.
 * EXDEV needs two preopens on different file systems, which one "root" cannot express: not tested.
 */
#include "fs_common.h"

static __wasi_fd_t g_dir;
static int op_old(__wasi_fd_t fd, int32_t p, int32_t n) {
    return raw_rename((int32_t)fd, p, n, (int32_t)g_dir, P("pe_new"), 6);
}
static int op_new(__wasi_fd_t fd, int32_t p, int32_t n) {
    return raw_rename((int32_t)g_dir, P("pe_file"), 7, (int32_t)fd, p, n);
}

static void mv(__wasi_fd_t dir, const char *from, const char *to) {
    __wasi_errno_t e = __wasi_path_rename(dir, from, dir, to);
    if (e) fs_failed(FS_LINE, "path_rename", from, e);
}

int main(void) {
    const char *name = "path_rename.cleanup";
    __wasi_fd_t dir = g_dir = fs_scratch(name);
    char buf[8];

    /* files */
    fs_put(dir, "a", "A");
    __wasi_filestat_t a = fs_stat(dir, "a", 0);
    mv(dir, "a", "b");
    T(!fs_exists(dir, "a"));
    EQ(fs_stat(dir, "b", 0).ino, a.ino);
    fs_expect_content(dir, "b", "A", 1);
    fs_put(dir, "c", "CC");
    __wasi_fd_t old = fs_open(dir, "c", 0, R(FD_READ) | R(FD_SEEK), 0);
    mv(dir, "b", "c");
    T(!fs_exists(dir, "b"));
    EQ(fs_stat(dir, "c", 0).ino, a.ino);
    fs_expect_content(dir, "c", "A", 1);
    EQ(fs_pread(old, buf, sizeof buf, 0), 2); /* the replaced file lives on while open */
    OK(__wasi_fd_close(old));
    mv(dir, "c", "c");
    mv(dir, "c", "./c");
    EQ(fs_stat(dir, "c", 0).ino, a.ino);

    /* into a subdirectory, through two descriptors, back */
    OK(__wasi_path_create_directory(dir, "sub"));
    mv(dir, "c", "sub/c");
    __wasi_fd_t sub = fs_open_dir(dir, "sub");
    OK(__wasi_path_rename(sub, "c", dir, "d"));
    OK(__wasi_path_rename(dir, "d", sub, "e"));
    EQ(fs_stat(dir, "sub/e", 0).ino, a.ino);
    OK(__wasi_path_rename(fs_root, "path_rename.cleanup/sub/e", dir, "f"));
    EQ(fs_stat(dir, "f", 0).ino, a.ino);

    /* an open file keeps working after its rename */
    __wasi_fd_t fd = fs_open(dir, "f", 0, RW, 0);
    mv(dir, "f", "g");
    fs_write(fd, "xyz", 3);
    EQ(fs_fstat(fd).ino, a.ino);
    OK(__wasi_fd_close(fd));
    fs_expect_content(dir, "g", "xyz", 3);

    /* hard links of one file: renaming one onto the other does nothing */
    if (fs_link(dir, 0, "g", "h")) {
        mv(dir, "g", "h");
        T(fs_exists(dir, "g"));
        T(fs_exists(dir, "h"));
        EQ(fs_stat(dir, "h", 0).nlink, 2);
        OK(__wasi_path_unlink_file(dir, "h"));
    }

    /* directories */
    OK(__wasi_path_create_directory(dir, "d1"));
    fs_put(dir, "d1/inner", "i");
    __wasi_filestat_t d1 = fs_stat(dir, "d1", 0);
    mv(dir, "d1", "d2");
    T(!fs_exists(dir, "d1"));
    EQ(fs_stat(dir, "d2", 0).ino, d1.ino);
    fs_expect_content(dir, "d2/inner", "i", 1);
    OK(__wasi_path_create_directory(dir, "empty"));
    mv(dir, "d2", "empty");
    EQ(fs_stat(dir, "empty", 0).ino, d1.ino);
    mv(dir, "empty/", "d3");
    mv(dir, "d3", "d4/");
    mv(dir, "d4//", "d5//");
    EQ(fs_stat(dir, "d5", 0).ino, d1.ino);
    mv(dir, "d5", "sub/d5");
    fs_expect_content(dir, "sub/d5/inner", "i", 1);
    mv(dir, "sub/d5", "d5");
    /* a descriptor open on a directory follows it */
    fd = fs_open_dir(dir, "d5");
    mv(dir, "d5", "d6");
    fs_expect_content(fd, "inner", "i", 1);
    OK(__wasi_fd_close(fd));

    /* errors; nothing changes */
    fs_put(dir, "file", "F");
    OK(__wasi_path_create_directory(dir, "full"));
    fs_put(dir, "full/x", "");
    ERR(__wasi_path_rename(dir, "d6", dir, "full"), NOTEMPTY);
    ERR(__wasi_path_rename(dir, "file", dir, "full"), ISDIR);
    ERR(__wasi_path_rename(dir, "file", dir, "sub"), ISDIR);
    ERR(__wasi_path_rename(dir, "d6", dir, "file"), NOTDIR);
    ERR(__wasi_path_rename(dir, "d6", dir, "d6/sub"), INVAL);
    ERR(__wasi_path_rename(dir, "sub", dir, "sub/x/y"), NOENT);
    OK(__wasi_path_create_directory(dir, "d6/inside"));
    ERR(__wasi_path_rename(dir, "d6", dir, "d6/inside"), INVAL);
    OK(__wasi_path_remove_directory(dir, "d6/inside"));
    ERR2(__wasi_path_rename(dir, ".", dir, "x"), BUSY, INVAL);
    ERR2(__wasi_path_rename(dir, "sub/..", dir, "x"), BUSY, INVAL);
    ERR2(__wasi_path_rename(dir, "d6", dir, "."), BUSY, INVAL);
    ERR2(__wasi_path_rename(dir, "d6", dir, "sub/.."), BUSY, INVAL);
    ERR2(__wasi_path_rename(dir, "file", dir, "sub/."), BUSY, INVAL);
    ERR(__wasi_path_rename(dir, "missing", dir, "x"), NOENT);
    ERR(__wasi_path_rename(dir, "missing/", dir, "x"), NOENT);
    ERR(__wasi_path_rename(dir, "file", dir, "missing/x"), NOENT);
    ERR(__wasi_path_rename(dir, "file/", dir, "x"), NOTDIR);
    ERR(__wasi_path_rename(dir, "file", dir, "x/"), NOTDIR);
    ERR(__wasi_path_rename(dir, "file", dir, "file/"), NOTDIR);
    ERR(__wasi_path_rename(dir, "file", dir, "file/x"), NOTDIR);
    T(!fs_exists(dir, "x"));
    fs_expect_content(dir, "file", "F", 1);
    fs_expect_content(dir, "full/x", "", 0);
    fs_expect_content(dir, "d6/inner", "i", 1);
    FS_PATH_ERRORS(op_old, dir, R(PATH_RENAME_SOURCE), "pe_file");
    FS_PATH_ERRORS(op_new, dir, R(PATH_RENAME_TARGET), "pe_new");
    T(!fs_exists(dir, "pe_new"));

    /* symlinks: the link moves, not its target; a directory cannot replace a link */
    if (fs_symlink("d6", dir, "link")) {
        mv(dir, "link", "link2");
        EQ(fs_type(dir, "link2"), FT_LINK);
        EQ(fs_type(dir, "d6"), FT_DIR);
        ERR(__wasi_path_rename(dir, "d6", dir, "link2"), NOTDIR);
        ERR(__wasi_path_rename(dir, "link2", dir, "full"), ISDIR);
        ERR(__wasi_path_rename(dir, "link2/", dir, "x"), NOTDIR);
        EQ(fs_type(dir, "d6"), FT_DIR);
        mv(dir, "link2", "file");
        EQ(fs_type(dir, "file"), FT_LINK);
        T(fs_symlink("nowhere", dir, "dangling"));
        mv(dir, "dangling", "sub/dangling");
        EQ(fs_type(dir, "sub/dangling"), FT_LINK);
        OK(__wasi_path_unlink_file(dir, "sub/dangling"));
    }

    OK(__wasi_fd_close(sub));
    const char *files[] = {"file", "g", "full/x", "d6/inner"};
    for (unsigned i = 0; i < sizeof files / sizeof *files; i++) OK(__wasi_path_unlink_file(dir, files[i]));
    const char *dirs[] = {"full", "d6", "sub"};
    for (unsigned i = 0; i < sizeof dirs / sizeof *dirs; i++) OK(__wasi_path_remove_directory(dir, dirs[i]));
    fs_scratch_done(dir, name);
    return 0;
}
