/*
 * path_filestat_get: the fixture's files and directories (type, size, nlink, dev, ino equal to what
 * fd_filestat_get reports through an open descriptor), "." and "sub/.." naming the directory itself,
 * a trailing slash on a directory. Symlinks: without SYMLINK_FOLLOW the link itself (type
 * SYMBOLIC_LINK, size = length of its target), with it the target; a dangling link followed is
 * NOENT, a loop followed is LOOP, a trailing slash follows. Errors: NOENT, NOTDIR ("file/",
 * intermediate file), INVAL for unknown lookupflags, FAULT for a result outside memory (nothing
 * written), the common path errors, NOTCAPABLE without PATH_FILESTAT_GET.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd, int32_t p, int32_t n) {
    __wasi_filestat_t st;
    return raw_stat((int32_t)fd, 0, p, n, P(&st));
}

static void same_file(__wasi_filestat_t a, __wasi_filestat_t b) {
    EQ(a.dev, b.dev);
    EQ(a.ino, b.ino);
    EQ(a.filetype, b.filetype);
    EQ(a.size, b.size);
    EQ(a.nlink, b.nlink);
    EQ(a.mtim, b.mtim);
}

int main(void) {
    const char *name = "path_filestat_get.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t root = fs_root;

    /* fixture */
    __wasi_filestat_t hello = fs_stat(root, "hello.txt", 0);
    EQ(hello.filetype, __WASI_FILETYPE_REGULAR_FILE);
    EQ(hello.size, 13);
    EQ(hello.nlink, 1);
    __wasi_fd_t fd = fs_open(root, "hello.txt", 0, R(FD_READ) | R(FD_FILESTAT_GET), 0);
    same_file(hello, fs_fstat(fd));
    OK(__wasi_fd_close(fd));
    same_file(hello, fs_stat(root, "hello.txt", FOLLOW));
    same_file(hello, fs_stat(root, "./tree/../hello.txt", 0));
    __wasi_filestat_t digits = fs_stat(root, "digits.txt", 0);
    EQ(digits.size, 10);
    T(digits.ino != hello.ino);
    EQ(digits.dev, hello.dev);

    __wasi_filestat_t tree = fs_stat(root, "tree", 0);
    EQ(tree.filetype, __WASI_FILETYPE_DIRECTORY);
    EQ(tree.dev, hello.dev);
    fd = fs_open_dir(root, "tree");
    same_file(tree, fs_fstat(fd));
    same_file(tree, fs_stat(fd, ".", 0));
    same_file(tree, fs_stat(fd, "sub/..", 0));
    same_file(tree, fs_stat(root, "tree/", 0));
    same_file(tree, fs_stat(root, "tree//", FOLLOW));
    EQ(fs_stat(fd, "sub/b.txt", 0).size, 2);
    EQ(fs_stat(root, "tree/sub/b.txt", 0).size, 2);
    EQ(fs_stat(fd, "sub", 0).filetype, __WASI_FILETYPE_DIRECTORY);
    OK(__wasi_fd_close(fd));
    EQ(fs_stat(root, ".", 0).ino, fs_fstat(root).ino);

    /* a file this program writes: size follows the writes */
    fd = fs_open(dir, "file", O_CREAT, R(FD_WRITE) | R(FD_FILESTAT_GET), 0);
    EQ(fs_stat(dir, "file", 0).size, 0);
    fs_write(fd, "12345", 5);
    EQ(fs_stat(dir, "file", 0).size, 5);
    EQ(fs_stat(dir, "file", 0).ino, fs_fstat(fd).ino);
    OK(__wasi_fd_close(fd));
    OK(__wasi_path_create_directory(dir, "sub"));

    /* errors */
    __wasi_filestat_t st;
    ERR(__wasi_path_filestat_get(dir, 0, "missing", &st), NOENT);
    ERR(__wasi_path_filestat_get(dir, FOLLOW, "missing", &st), NOENT);
    ERR(__wasi_path_filestat_get(dir, 0, "missing/", &st), NOENT);
    ERR(__wasi_path_filestat_get(dir, 0, "file/", &st), NOTDIR);
    ERR(__wasi_path_filestat_get(dir, FOLLOW, "file/.", &st), NOTDIR);
    ERR(__wasi_path_filestat_get(dir, 0, "sub/missing", &st), NOENT);
    ERR(__wasi_path_filestat_get(dir, 2, "file", &st), INVAL);
    ERR(__wasi_path_filestat_get(dir, 0x80000000u, "file", &st), INVAL);
    ERR(__wasi_path_filestat_get(dir, 0, "file", (__wasi_filestat_t *)(uintptr_t)BAD_PTR), FAULT);
    ERR(__wasi_path_filestat_get(dir, 0, "file", (__wasi_filestat_t *)(uintptr_t)(mem_end() - 32)), FAULT);
    /* a result that does not fit leaves memory untouched */
    uint8_t *tail = (uint8_t *)(uintptr_t)(mem_end() - 32);
    memset(tail, 0xAB, 32);
    ERR(__wasi_path_filestat_get(dir, 0, "file", (__wasi_filestat_t *)tail), FAULT);
    for (int i = 0; i < 32; i++) EQ(tail[i], 0xAB);
    FS_PATH_ERRORS(op, dir, R(PATH_FILESTAT_GET), "file");

    /* symlinks */
    if (fs_symlink("file", dir, "link")) {
        __wasi_filestat_t l = fs_stat(dir, "link", 0);
        EQ(l.filetype, __WASI_FILETYPE_SYMBOLIC_LINK);
        EQ(l.size, 4);
        T(l.ino != fs_stat(dir, "file", 0).ino);
        same_file(fs_stat(dir, "link", FOLLOW), fs_stat(dir, "file", 0));
        ERR(__wasi_path_filestat_get(dir, 0, "link/", &st), NOTDIR);

        T(fs_symlink("sub", dir, "dlink"));
        EQ(fs_stat(dir, "dlink", 0).filetype, __WASI_FILETYPE_SYMBOLIC_LINK);
        EQ(fs_stat(dir, "dlink", 0).size, 3);
        same_file(fs_stat(dir, "dlink", FOLLOW), fs_stat(dir, "sub", 0));
        same_file(fs_stat(dir, "dlink/", 0), fs_stat(dir, "sub", 0));
        same_file(fs_stat(dir, "dlink/.", 0), fs_stat(dir, "sub", 0));

        T(fs_symlink("sub/../link", dir, "chain"));
        same_file(fs_stat(dir, "chain", FOLLOW), fs_stat(dir, "file", 0));
        EQ(fs_stat(dir, "chain", 0).size, 11);

        T(fs_symlink("nowhere", dir, "dangling"));
        EQ(fs_stat(dir, "dangling", 0).filetype, __WASI_FILETYPE_SYMBOLIC_LINK);
        ERR(__wasi_path_filestat_get(dir, FOLLOW, "dangling", &st), NOENT);

        T(fs_symlink("loop", dir, "loop"));
        EQ(fs_stat(dir, "loop", 0).filetype, __WASI_FILETYPE_SYMBOLIC_LINK);
        ERR(__wasi_path_filestat_get(dir, FOLLOW, "loop", &st), LOOP);
        ERR(__wasi_path_filestat_get(dir, 0, "loop/", &st), LOOP);

        T(fs_symlink("../hello.txt", dir, "out"));
        EQ(fs_stat(dir, "out", 0).filetype, __WASI_FILETYPE_SYMBOLIC_LINK);
        ERR2(__wasi_path_filestat_get(dir, FOLLOW, "out", &st), PERM, NOTCAPABLE);
        /* from the root the same link stays inside */
        same_file(fs_stat(root, "path_filestat_get.cleanup/out", FOLLOW), hello);

        const char *links[] = {"link", "dlink", "chain", "dangling", "loop", "out"};
        for (unsigned i = 0; i < sizeof links / sizeof *links; i++)
            OK(__wasi_path_unlink_file(dir, links[i]));
    }

    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
