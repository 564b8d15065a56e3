/*
 * path_link: a hard link is the same file (dev, ino, nlink 2 on both names, writes through one
 * name seen through the other, survives unlinking the first name with nlink 1), also into and out
 * of subdirectories and between two directory descriptors. Without SYMLINK_FOLLOW a symlink source
 * is linked itself, with it its target. Errors: EXIST when the new name exists (file, directory,
 * the source itself, a dangling symlink); PERM for a directory source; NOENT for a missing source,
 * a missing new parent, a new name with a trailing slash, a dangling symlink followed; NOTDIR for
 * "file/" as source; INVAL for an unknown lookupflags bit; the common path errors for both paths,
 * NOTCAPABLE without PATH_LINK_SOURCE (old) or PATH_LINK_TARGET (new). Failed calls create nothing.
 * A backend without hard links (Commons VFS) answers NOTSUP to the first link; then only the
 * error checks run. EXDEV needs two preopens on different file systems, which the json spec with
 * one "root" cannot express: not tested.
 */
#include "fs_common.h"

static __wasi_fd_t g_dir;
static int op_old(__wasi_fd_t fd, int32_t p, int32_t n) {
    return raw_link((int32_t)fd, 0, p, n, (int32_t)g_dir, P("pe_new"), 6);
}
static int op_new(__wasi_fd_t fd, int32_t p, int32_t n) {
    return raw_link((int32_t)g_dir, 0, P("pe_file"), 7, (int32_t)fd, p, n);
}

static void same_inode(__wasi_filestat_t a, __wasi_filestat_t b) {
    EQ(a.dev, b.dev);
    EQ(a.ino, b.ino);
    EQ(a.filetype, b.filetype);
    EQ(a.nlink, b.nlink);
    EQ(a.size, b.size);
}

int main(void) {
    const char *name = "path_link.cleanup";
    __wasi_fd_t dir = g_dir = fs_scratch(name);
    fs_put(dir, "file", "abc");
    OK(__wasi_path_create_directory(dir, "sub"));

    /* errors first: they do not depend on links being supported */
    ERR(__wasi_path_link(dir, 0, "file", dir, "file"), EXIST);
    ERR(__wasi_path_link(dir, 0, "file", dir, "sub"), EXIST);
    ERR(__wasi_path_link(dir, 0, "file", dir, "sub/"), EXIST);
    ERR(__wasi_path_link(dir, 0, "file", dir, "."), EXIST);
    ERR(__wasi_path_link(dir, 0, "sub", dir, "new"), PERM);
    ERR(__wasi_path_link(dir, 0, "sub/", dir, "new"), PERM);
    ERR(__wasi_path_link(dir, 0, ".", dir, "new"), PERM);
    ERR(__wasi_path_link(dir, 0, "missing", dir, "new"), NOENT);
    ERR(__wasi_path_link(dir, FOLLOW, "missing", dir, "new"), NOENT);
    ERR(__wasi_path_link(dir, 0, "file", dir, "missing/new"), NOENT);
    ERR(__wasi_path_link(dir, 0, "file", dir, "new/"), NOENT);
    ERR(__wasi_path_link(dir, 0, "file/", dir, "new"), NOTDIR);
    ERR(__wasi_path_link(dir, 0, "file", dir, "file/new"), NOTDIR);
    ERR(__wasi_path_link(dir, 2, "file", dir, "inval"), INVAL);
    T(!fs_exists(dir, "inval"));
    T(!fs_exists(dir, "new"));
    EQ(fs_stat(dir, "file", 0).nlink, 1);
    FS_PATH_ERRORS(op_old, dir, R(PATH_LINK_SOURCE), "pe_file");
    FS_PATH_ERRORS(op_new, dir, R(PATH_LINK_TARGET), "pe_new");
    T(!fs_exists(dir, "pe_new"));

    if (fs_link(dir, 0, "file", "link")) {
        __wasi_filestat_t f = fs_stat(dir, "file", 0), l = fs_stat(dir, "link", 0);
        same_inode(f, l);
        EQ(f.nlink, 2);
        fs_expect_content(dir, "link", "abc", 3);
        __wasi_fd_t fd = fs_open(dir, "link", 0, R(FD_WRITE) | R(FD_FILESTAT_GET), __WASI_FDFLAGS_APPEND);
        fs_write(fd, "de", 2);
        same_inode(fs_fstat(fd), fs_stat(dir, "file", 0));
        OK(__wasi_fd_close(fd));
        fs_expect_content(dir, "file", "abcde", 5);

        /* the new name exists now: EXIST both ways */
        ERR(__wasi_path_link(dir, 0, "file", dir, "link"), EXIST);
        ERR(__wasi_path_link(dir, 0, "link", dir, "file"), EXIST);

        /* into a subdirectory, out of it through another descriptor */
        OK(__wasi_path_link(dir, 0, "link", dir, "sub/l2"));
        __wasi_fd_t sub = fs_open_dir(dir, "sub");
        OK(__wasi_path_link(sub, 0, "l2", dir, "l3"));
        OK(__wasi_path_link(dir, 0, "file", sub, "l4"));
        EQ(fs_stat(dir, "file", 0).nlink, 5);
        same_inode(fs_stat(dir, "l3", 0), fs_stat(sub, "l4", 0));
        OK(__wasi_fd_close(sub));
        OK(__wasi_path_unlink_file(dir, "sub/l2"));
        OK(__wasi_path_unlink_file(dir, "sub/l4"));
        OK(__wasi_path_unlink_file(dir, "l3"));

        /* unlinking one name leaves the other */
        OK(__wasi_path_unlink_file(dir, "file"));
        l = fs_stat(dir, "link", 0);
        EQ(l.nlink, 1);
        EQ(l.ino, f.ino);
        fs_expect_content(dir, "link", "abcde", 5);
        OK(__wasi_path_link(dir, 0, "link", dir, "file"));
        OK(__wasi_path_unlink_file(dir, "link"));

        /* symlinks: linked themselves without FOLLOW, their target with it */
        if (fs_symlink("file", dir, "sym")) {
            OK(__wasi_path_link(dir, 0, "sym", dir, "hsym"));
            __wasi_filestat_t h = fs_stat(dir, "hsym", 0);
            EQ(h.filetype, __WASI_FILETYPE_SYMBOLIC_LINK);
            EQ(h.ino, fs_stat(dir, "sym", 0).ino);
            EQ(fs_stat(dir, "file", 0).nlink, 1);
            OK(__wasi_path_link(dir, FOLLOW, "sym", dir, "hfile"));
            h = fs_stat(dir, "hfile", 0);
            EQ(h.filetype, __WASI_FILETYPE_REGULAR_FILE);
            same_inode(h, fs_stat(dir, "file", 0));
            EQ(h.nlink, 2);
            T(fs_symlink("nowhere", dir, "dangling"));
            OK(__wasi_path_link(dir, 0, "dangling", dir, "hdangling"));
            EQ(fs_stat(dir, "hdangling", 0).filetype, __WASI_FILETYPE_SYMBOLIC_LINK);
            ERR(__wasi_path_link(dir, FOLLOW, "dangling", dir, "new"), NOENT);
            ERR(__wasi_path_link(dir, 0, "file", dir, "dangling"), EXIST);
            T(!fs_exists(dir, "nowhere"));
            T(!fs_exists(dir, "new"));
            const char *names[] = {"sym", "hsym", "hfile", "dangling", "hdangling"};
            for (unsigned i = 0; i < sizeof names / sizeof *names; i++) OK(__wasi_path_unlink_file(dir, names[i]));
        }
    }

    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
