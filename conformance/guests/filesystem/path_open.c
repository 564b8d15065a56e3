/*
 * path_open, every flag:
 *   oflags   CREAT (creates; opens an existing file unchanged; EISDIR on a directory or a name
 *            with a trailing slash), EXCL (EXIST on anything that exists, dangling symlink
 *            included, without creating its target), TRUNC (empties the file, also with only
 *            FD_READ; EISDIR on a directory; NOTCAPABLE without PATH_FILESTAT_SET_SIZE),
 *            DIRECTORY (NOTDIR on a file, NOENT on nothing, INVAL with CREAT), unknown bits INVAL;
 *   fdflags  APPEND (writes go to the end, fd_pwrite to its offset), DSYNC, RSYNC, SYNC,
 *            NONBLOCK (all reported by fd_fdstat_get), unknown bits INVAL;
 *   lookup   without SYMLINK_FOLLOW a final symlink is LOOP (NOTDIR with DIRECTORY for a link
 *            to a directory), with it the target opens; a dangling link followed is NOENT and
 *            with CREAT creates the target; loops are LOOP; links out of the directory are
 *            PERM/NOTCAPABLE; unknown bits INVAL; a trailing slash or an intermediate
 *            component always follows.
 * Also: the returned rights are the requested ones that apply to the file type; FD_WRITE on a
 * directory is ISDIR; NOTCAPABLE without PATH_OPEN / PATH_CREATE_FILE or when asking for rights
 * the directory cannot pass on; FAULT for a result outside memory (nothing created); two opens of
 * one file have independent offsets; the common path errors.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd, int32_t p, int32_t n) {
    __wasi_fd_t out;
    return w4j_import_path_open((int32_t)fd, 0, p, n, 0, 0, 0, 0, P(&out));
}

static __wasi_errno_t try_open(__wasi_fd_t dir, __wasi_lookupflags_t lf, const char *path, __wasi_oflags_t of,
                               __wasi_rights_t base, __wasi_fdflags_t ff) {
    __wasi_fd_t fd;
    __wasi_errno_t e = __wasi_path_open(dir, lf, path, of, base, 0, ff, &fd);
    if (e == 0) OK(__wasi_fd_close(fd));
    return e;
}

static void expect_flags(__wasi_fd_t dir, const char *path, __wasi_fdflags_t ff) {
    __wasi_fd_t fd = fs_open(dir, path, 0, RW, ff);
    __wasi_fdstat_t st = fs_fdstat(fd);
    EQ(st.fs_flags, ff);
    EQ(st.fs_filetype, __WASI_FILETYPE_REGULAR_FILE);
    fs_write(fd, "s", 1);
    char c = 0;
    EQ(fs_pread(fd, &c, 1, 0), 1);
    OK(__wasi_fd_close(fd));
}

int main(void) {
    const char *name = "path_open.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t root = fs_root;
    __wasi_fd_t fd, fd2;
    __wasi_fdstat_t st;
    char buf[32];

    /* plain opens of the fixture: a file, directories in several spellings */
    fd = fs_open(root, "hello.txt", 0, R(FD_READ) | R(FD_SEEK) | R(FD_TELL) | R(FD_FILESTAT_GET), 0);
    st = fs_fdstat(fd);
    EQ(st.fs_filetype, __WASI_FILETYPE_REGULAR_FILE);
    EQ(st.fs_flags, 0);
    EQ(st.fs_rights_base, R(FD_READ) | R(FD_SEEK) | R(FD_TELL) | R(FD_FILESTAT_GET));
    EQ(fs_pread(fd, buf, sizeof buf, 0), 13);
    T(memcmp(buf, "Hello, WASI!\n", 13) == 0);
    OK(__wasi_fd_close(fd));
    __wasi_filestat_t tree = fs_stat(root, "tree", 0);
    const char *tree_names[] = {"tree", "tree/", "tree//", "./tree", "tree/sub/..", "tree/./sub/../.", "tree/sub/../../tree"};
    for (unsigned i = 0; i < sizeof tree_names / sizeof *tree_names; i++) {
        for (int of = 0; of <= 1; of++) {
            fd = fs_open(root, tree_names[i], of ? O_DIR : 0, R(FD_READDIR) | R(FD_FILESTAT_GET), 0);
            EQ(fs_fdstat(fd).fs_filetype, __WASI_FILETYPE_DIRECTORY);
            EQ(fs_fstat(fd).ino, tree.ino);
            OK(__wasi_fd_close(fd));
        }
    }
    fd = fs_open(root, "tree/sub/b.txt", 0, R(FD_READ), 0);
    __wasi_iovec_t iov = {(uint8_t *)buf, sizeof buf};
    __wasi_size_t n;
    OK(__wasi_fd_read(fd, &iov, 1, &n));
    EQ(n, 2);
    OK(__wasi_fd_close(fd));

    /* CREAT */
    fd = fs_open(dir, "file", O_CREAT, RW, 0);
    EQ(fs_fstat(fd).size, 0);
    EQ(fs_fstat(fd).filetype, __WASI_FILETYPE_REGULAR_FILE);
    fs_write(fd, "hello", 5);
    OK(__wasi_fd_close(fd));
    OK(try_open(dir, 0, "file", O_CREAT, RW, 0));
    fs_expect_content(dir, "file", "hello", 5);
    OK(__wasi_path_create_directory(dir, "sub"));
    OK(try_open(dir, 0, "sub/inner", O_CREAT, 0, 0));
    EQ(fs_stat(dir, "sub/inner", 0).filetype, __WASI_FILETYPE_REGULAR_FILE);
    ERR(try_open(dir, 0, "sub", O_CREAT, 0, 0), ISDIR);
    ERR(try_open(dir, 0, ".", O_CREAT, 0, 0), ISDIR);
    ERR(try_open(dir, 0, "new/", O_CREAT, 0, 0), ISDIR);
    ERR(try_open(dir, 0, "missing/new", O_CREAT, 0, 0), NOENT);
    ERR(try_open(dir, 0, "file/new", O_CREAT, 0, 0), NOTDIR);
    ERR(try_open(dir, 0, "new", O_CREAT | O_DIR, 0, 0), INVAL);
    ERR(try_open(dir, 0, "sub", O_CREAT | O_DIR, 0, 0), INVAL);
    T(!fs_exists(dir, "new"));

    /* EXCL */
    OK(try_open(dir, 0, "excl", O_CREAT | O_EXCL, R(FD_WRITE), 0));
    T(fs_exists(dir, "excl"));
    ERR(try_open(dir, 0, "excl", O_CREAT | O_EXCL, R(FD_WRITE), 0), EXIST);
    ERR(try_open(dir, 0, "file", O_CREAT | O_EXCL, 0, 0), EXIST);
    ERR(try_open(dir, 0, "sub", O_CREAT | O_EXCL, 0, 0), EXIST);
    ERR(try_open(dir, FOLLOW, "file", O_CREAT | O_EXCL | O_TRUNC, R(FD_WRITE), 0), EXIST);
    fs_expect_content(dir, "file", "hello", 5);
    OK(__wasi_path_unlink_file(dir, "excl"));

    /* TRUNC */
    OK(try_open(dir, 0, "file", O_TRUNC, R(FD_WRITE), 0));
    EQ(fs_stat(dir, "file", 0).size, 0);
    fs_put(dir, "file", "hello");
    OK(try_open(dir, 0, "file", O_TRUNC, R(FD_READ), 0));
    EQ(fs_stat(dir, "file", 0).size, 0);
    fs_put(dir, "file", "hello");
    OK(try_open(dir, 0, "file", O_TRUNC, 0, 0));
    EQ(fs_stat(dir, "file", 0).size, 0);
    OK(try_open(dir, 0, "trunc", O_CREAT | O_TRUNC, R(FD_WRITE), 0));
    EQ(fs_stat(dir, "trunc", 0).size, 0);
    OK(__wasi_path_unlink_file(dir, "trunc"));
    ERR(try_open(dir, 0, "sub", O_TRUNC, 0, 0), ISDIR);
    ERR(try_open(dir, 0, "sub", O_TRUNC | O_DIR, 0, 0), ISDIR);
    fs_put(dir, "file", "hello");
    ERR(try_open(dir, 0, "file", O_TRUNC | O_DIR, R(FD_WRITE), 0), NOTDIR);
    fd = fs_dir_without(dir, R(PATH_FILESTAT_SET_SIZE));
    ERR(try_open(fd, 0, "file", O_TRUNC, R(FD_WRITE), 0), NOTCAPABLE);
    OK(try_open(fd, 0, "file", 0, R(FD_WRITE), 0));
    OK(__wasi_fd_close(fd));
    fs_expect_content(dir, "file", "hello", 5);

    /* DIRECTORY; FD_WRITE on a directory; rights that do not apply to a directory are dropped */
    ERR(try_open(dir, 0, "file", O_DIR, 0, 0), NOTDIR);
    ERR(try_open(dir, 0, "missing", O_DIR, 0, 0), NOENT);
    ERR(try_open(dir, 0, "sub", O_DIR, R(FD_READ) | R(FD_WRITE), 0), ISDIR);
    ERR(try_open(dir, 0, "sub", 0, R(FD_WRITE), 0), ISDIR);
    fd = fs_open(dir, "sub", O_DIR, R(FD_READDIR) | R(FD_SEEK) | R(FD_FILESTAT_SET_SIZE), 0);
    st = fs_fdstat(fd);
    EQ(st.fs_filetype, __WASI_FILETYPE_DIRECTORY);
    EQ(st.fs_rights_base, R(FD_READDIR));
    OK(__wasi_fd_close(fd));

    /* unknown flag bits: INVAL, nothing created */
    ERR(try_open(dir, 0, "new", O_CREAT | 0x10, 0, 0), INVAL);
    ERR(try_open(dir, 0, "new", O_CREAT | 0x8000, 0, 0), INVAL);
    ERR(try_open(dir, 0, "new", O_CREAT, 0, 0x20), INVAL);
    ERR(try_open(dir, 0, "new", O_CREAT, 0, 0x8000), INVAL);
    ERR(try_open(dir, 2, "new", O_CREAT, 0, 0), INVAL);
    T(!fs_exists(dir, "new"));

    /* fdflags */
    fs_put(dir, "file", "hello");
    fd = fs_open(dir, "file", 0, RW, __WASI_FDFLAGS_APPEND);
    EQ(fs_fdstat(fd).fs_flags, __WASI_FDFLAGS_APPEND);
    EQ(fs_tell(fd), 0);
    fs_write(fd, "!!", 2);
    EQ(fs_tell(fd), 7);
    __wasi_ciovec_t ciov = {(const uint8_t *)"J", 1};
    OK(__wasi_fd_pwrite(fd, &ciov, 1, 0, &n));
    EQ(n, 1);
    EQ(fs_tell(fd), 7);
    OK(__wasi_fd_close(fd));
    fs_expect_content(dir, "file", "Jello!!", 7);
    expect_flags(dir, "file", __WASI_FDFLAGS_DSYNC);
    expect_flags(dir, "file", __WASI_FDFLAGS_RSYNC);
    expect_flags(dir, "file", __WASI_FDFLAGS_SYNC);
    expect_flags(dir, "file", __WASI_FDFLAGS_NONBLOCK);
    expect_flags(dir, "file", __WASI_FDFLAGS_APPEND | __WASI_FDFLAGS_SYNC | __WASI_FDFLAGS_NONBLOCK);
    fd = fs_open(dir, "sub", O_DIR, 0, __WASI_FDFLAGS_NONBLOCK);
    EQ(fs_fdstat(fd).fs_filetype, __WASI_FILETYPE_DIRECTORY);
    OK(__wasi_fd_close(fd));

    /* two opens, two offsets */
    fs_put(dir, "file", "0123456789");
    fd = fs_open(dir, "file", 0, RW, 0);
    fd2 = fs_open(dir, "file", 0, RW, 0);
    T(fd != fd2);
    iov.buf_len = 4;
    OK(__wasi_fd_read(fd, &iov, 1, &n));
    EQ(n, 4);
    EQ(fs_tell(fd), 4);
    EQ(fs_tell(fd2), 0);
    fs_write(fd2, "ab", 2);
    OK(__wasi_fd_read(fd, &iov, 1, &n));
    T(n == 4 && memcmp(buf, "4567", 4) == 0);
    OK(__wasi_fd_close(fd));
    OK(__wasi_fd_close(fd2));
    fs_expect_content(dir, "file", "ab23456789", 10);

    /* rights: PATH_OPEN, PATH_CREATE_FILE, and rights the directory cannot pass on */
    fd = fs_dir_without(dir, R(PATH_OPEN));
    ERR(try_open(fd, 0, "file", 0, 0, 0), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_dir_without(dir, R(PATH_CREATE_FILE));
    ERR(try_open(fd, 0, "new", O_CREAT, 0, 0), NOTCAPABLE);
    ERR(try_open(fd, 0, "file", O_CREAT, 0, 0), NOTCAPABLE);
    OK(try_open(fd, 0, "file", 0, R(FD_READ), 0));
    OK(__wasi_fd_close(fd));
    T(!fs_exists(dir, "new"));
    fd = fs_open_dir(dir, ".");
    st = fs_fdstat(fd);
    OK(__wasi_fd_fdstat_set_rights(fd, st.fs_rights_base, st.fs_rights_inheriting & ~R(FD_WRITE)));
    ERR(try_open(fd, 0, "file", 0, R(FD_READ) | R(FD_WRITE), 0), NOTCAPABLE);
    OK(try_open(fd, 0, "file", 0, R(FD_READ), 0));
    OK(__wasi_fd_close(fd));

    /* a result pointer outside memory: FAULT, nothing created */
    ERR(__wasi_path_open(dir, 0, "new", O_CREAT, 0, 0, 0, (__wasi_fd_t *)(uintptr_t)BAD_PTR), FAULT);
    ERR(__wasi_path_open(dir, 0, "new", O_CREAT, 0, 0, 0, (__wasi_fd_t *)(uintptr_t)(mem_end() - 2)), FAULT);
    T(!fs_exists(dir, "new"));
    FS_PATH_ERRORS(op, dir, R(PATH_OPEN), "file");

    /* symlinks */
    if (fs_symlink("file", dir, "lf")) {
        T(fs_symlink("sub", dir, "ld"));
        T(fs_symlink("nowhere", dir, "dl"));
        T(fs_symlink("loop", dir, "loop"));
        T(fs_symlink("../hello.txt", dir, "up"));
        T(fs_symlink("lf", dir, "chain"));

        ERR(try_open(dir, 0, "lf", 0, R(FD_READ), 0), LOOP);
        ERR2(try_open(dir, 0, "lf", O_DIR, 0, 0), LOOP, NOTDIR);
        ERR(try_open(dir, 0, "lf", O_CREAT, R(FD_READ), 0), LOOP);
        OK(__wasi_path_open(dir, FOLLOW, "lf", 0, R(FD_READ) | R(FD_FILESTAT_GET), 0, 0, &fd));
        EQ(fs_fstat(fd).ino, fs_stat(dir, "file", 0).ino);
        OK(__wasi_fd_close(fd));
        OK(try_open(dir, FOLLOW, "chain", 0, R(FD_READ), 0));
        ERR(try_open(dir, 0, "chain", 0, R(FD_READ), 0), LOOP);
        ERR(try_open(dir, FOLLOW, "lf", O_DIR, 0, 0), NOTDIR);
        ERR(try_open(dir, 0, "lf/", 0, 0, 0), NOTDIR);

        ERR(try_open(dir, 0, "ld", 0, 0, 0), LOOP);
        ERR2(try_open(dir, 0, "ld", O_DIR, 0, 0), LOOP, NOTDIR);
        OK(try_open(dir, FOLLOW, "ld", O_DIR, R(FD_READDIR), 0));
        OK(try_open(dir, 0, "ld/", O_DIR, R(FD_READDIR), 0));
        OK(try_open(dir, 0, "ld/inner", 0, R(FD_READ), 0));
        OK(try_open(dir, 0, "ld/../file", 0, R(FD_READ), 0));

        ERR(try_open(dir, 0, "dl", 0, 0, 0), LOOP);
        ERR(try_open(dir, FOLLOW, "dl", 0, 0, 0), NOENT);
        ERR(try_open(dir, 0, "dl", O_CREAT, 0, 0), LOOP);
        ERR(try_open(dir, FOLLOW, "dl", O_CREAT | O_EXCL, 0, 0), EXIST);
        ERR(try_open(dir, 0, "dl", O_CREAT | O_EXCL, 0, 0), EXIST);
        T(!fs_exists(dir, "nowhere"));
        OK(try_open(dir, FOLLOW, "dl", O_CREAT, R(FD_WRITE), 0));
        EQ(fs_stat(dir, "nowhere", 0).filetype, __WASI_FILETYPE_REGULAR_FILE);
        EQ(fs_stat(dir, "dl", 0).filetype, __WASI_FILETYPE_SYMBOLIC_LINK);
        OK(__wasi_path_unlink_file(dir, "nowhere"));

        ERR(try_open(dir, FOLLOW, "loop", 0, 0, 0), LOOP);
        ERR(try_open(dir, 0, "loop", 0, 0, 0), LOOP);
        ERR2(try_open(dir, FOLLOW, "up", 0, R(FD_READ), 0), PERM, NOTCAPABLE);
        ERR2(try_open(dir, FOLLOW, "up", O_CREAT, R(FD_READ), 0), PERM, NOTCAPABLE);
        OK(try_open(root, FOLLOW, "path_open.cleanup/up", 0, R(FD_READ), 0));

        const char *links[] = {"lf", "ld", "dl", "loop", "up", "chain"};
        for (unsigned i = 0; i < sizeof links / sizeof *links; i++) OK(__wasi_path_unlink_file(dir, links[i]));
    }

    OK(__wasi_path_unlink_file(dir, "sub/inner"));
    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
