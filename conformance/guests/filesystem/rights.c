/*
 * rights: the preopen's rights (the directory rights in base, those plus the file rights in
 * inheriting); path_open grants exactly the requested rights that apply to the opened type
 * (never more than requested, never fewer of the applicable ones) and refuses with NOTCAPABLE a
 * requested base or inheriting set that is not within the directory's inheriting rights;
 * inheritance chains (a directory opened with narrow inheriting rights passes on no more);
 * bits that are no right are refused (INVAL as wasmtime's flag validation, or NOTCAPABLE);
 * fd_fdstat_set_rights narrows (also to nothing), refuses to widen either set with NOTCAPABLE
 * (rights unchanged), BADF on closed or huge fds; narrowing a directory does not change
 * descriptors already opened through it. Every file call is refused with NOTCAPABLE when its
 * right is missing and works with it (FD_SEEK implies FD_TELL; fd_pread / fd_pwrite need FD_SEEK
 * as well as FD_READ / FD_WRITE).
 */
#include "fs_common.h"

#define DIR_RIGHTS                                                                                            \
    (R(PATH_CREATE_DIRECTORY) | R(PATH_CREATE_FILE) | R(PATH_LINK_SOURCE) | R(PATH_LINK_TARGET) | R(PATH_OPEN) | \
     R(FD_READDIR) | R(PATH_READLINK) | R(PATH_RENAME_SOURCE) | R(PATH_RENAME_TARGET) | R(PATH_SYMLINK) |        \
     R(PATH_REMOVE_DIRECTORY) | R(PATH_UNLINK_FILE) | R(PATH_FILESTAT_GET) | R(PATH_FILESTAT_SET_TIMES) |        \
     R(FD_FILESTAT_GET) | R(FD_FILESTAT_SET_TIMES))
#define FILE_RIGHTS                                                                                      \
    (R(FD_DATASYNC) | R(FD_READ) | R(FD_SEEK) | R(FD_FDSTAT_SET_FLAGS) | R(FD_SYNC) | R(FD_TELL) |      \
     R(FD_WRITE) | R(FD_ADVISE) | R(FD_ALLOCATE) | R(FD_FILESTAT_GET) | R(FD_FILESTAT_SET_SIZE) |       \
     R(FD_FILESTAT_SET_TIMES) | R(POLL_FD_READWRITE))

static __wasi_fd_t dir;

/* Opens `path` asking for `base`/`inh`; the result's base must be `base` ∩ `applicable`, give or take
   nothing else; returns the fd. */
static __wasi_fd_t open_expect(int line, __wasi_fd_t d, const char *path, __wasi_oflags_t of, __wasi_rights_t base,
                               __wasi_rights_t inh, __wasi_rights_t applicable) {
    __wasi_fd_t fd = 0;
    ck_errno(line, __wasi_path_open(d, 0, path, of, base, inh, 0, &fd), 0, -1);
    __wasi_fdstat_t st = fs_fdstat(fd);
    ck_eq(line, st.fs_rights_base & ~base, 0);                       /* nothing beyond the request */
    ck_eq(line, st.fs_rights_base & base & applicable, base & applicable); /* all that applies */
    return fd;
}

/* One file call with the file descriptor; returns its errno. */
static int call(int which, __wasi_fd_t fd) {
    char b[4] = "abc";
    __wasi_iovec_t iov = {(uint8_t *)b, 1};
    __wasi_ciovec_t ciov = {(const uint8_t *)b, 1};
    __wasi_size_t n;
    __wasi_filesize_t pos;
    __wasi_filestat_t st;
    switch (which) {
    case 0: return __wasi_fd_read(fd, &iov, 1, &n);
    case 1: return __wasi_fd_write(fd, &ciov, 1, &n);
    case 2: return __wasi_fd_seek(fd, 1, __WASI_WHENCE_SET, &pos);
    case 3: return __wasi_fd_tell(fd, &pos);
    case 4: return __wasi_fd_filestat_get(fd, &st);
    case 5: return __wasi_fd_filestat_set_size(fd, 3);
    case 6: return __wasi_fd_filestat_set_times(fd, 0, 0, __WASI_FSTFLAGS_MTIM_NOW);
    case 7: return __wasi_fd_advise(fd, 0, 0, __WASI_ADVICE_NORMAL);
    case 8: return __wasi_fd_allocate(fd, 0, 3);
    case 9: return __wasi_fd_datasync(fd);
    case 10: return __wasi_fd_sync(fd);
    case 11: return __wasi_fd_fdstat_set_flags(fd, 0);
    case 12: return __wasi_fd_pread(fd, &iov, 1, 0, &n);
    case 13: return __wasi_fd_pwrite(fd, &ciov, 1, 0, &n);
    case 14: return __wasi_fd_seek(fd, 0, __WASI_WHENCE_CUR, &pos);
    }
    return -1;
}
/* the right(s) each call needs; for the second column, rights whose absence must refuse it */
static const __wasi_rights_t needs[15] = {
    R(FD_READ), R(FD_WRITE), R(FD_SEEK), R(FD_TELL) | R(FD_SEEK), R(FD_FILESTAT_GET), R(FD_FILESTAT_SET_SIZE),
    R(FD_FILESTAT_SET_TIMES), R(FD_ADVISE), R(FD_ALLOCATE), R(FD_DATASYNC), R(FD_SYNC), R(FD_FDSTAT_SET_FLAGS),
    R(FD_READ), R(FD_WRITE), R(FD_TELL) | R(FD_SEEK)};
static const __wasi_rights_t also[15] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, R(FD_SEEK), R(FD_SEEK), 0};

int main(void) {
    const char *name = "rights.cleanup";
    dir = fs_scratch(name);
    fs_put(dir, "file", "0123456789");

    /* the preopen and the root */
    __wasi_fd_t pre = fs_preopen();
    __wasi_fdstat_t ps = fs_fdstat(pre);
    EQ(ps.fs_rights_base & DIR_RIGHTS, DIR_RIGHTS);
    EQ(ps.fs_rights_inheriting & (DIR_RIGHTS | FILE_RIGHTS), DIR_RIGHTS | FILE_RIGHTS);
    EQ(ps.fs_rights_base & (R(FD_SEEK) | R(FD_READ) | R(FD_WRITE) | R(FD_FILESTAT_SET_SIZE)), 0);
    __wasi_fdstat_t rs = fs_fdstat(fs_root);
    EQ(rs.fs_rights_base, ps.fs_rights_base);
    EQ(rs.fs_rights_inheriting, ps.fs_rights_inheriting);

    /* files get the requested file rights, nothing else */
    __wasi_fd_t fd = open_expect(__LINE__, dir, "file", 0, FILE_RIGHTS, 0, FILE_RIGHTS);
    EQ(fs_fdstat(fd).fs_rights_base, FILE_RIGHTS);
    OK(__wasi_fd_close(fd));
    fd = open_expect(__LINE__, dir, "file", 0, R(FD_READ) | R(PATH_OPEN) | R(FD_READDIR), 0, FILE_RIGHTS);
    OK(__wasi_fd_close(fd));
    fd = open_expect(__LINE__, dir, "file", 0, 0, 0, FILE_RIGHTS);
    EQ(fs_fdstat(fd).fs_rights_base, 0);
    OK(__wasi_fd_close(fd));
    /* directories get the requested directory rights */
    OK(__wasi_path_create_directory(dir, "sub"));
    fd = open_expect(__LINE__, dir, "sub", O_DIR, DIR_RIGHTS | R(FD_SEEK) | R(FD_READ), 0, DIR_RIGHTS);
    EQ(fs_fdstat(fd).fs_rights_base & (R(FD_SEEK) | R(FD_READ)), 0);
    OK(__wasi_fd_close(fd));
    fd = open_expect(__LINE__, dir, "sub", O_DIR, R(PATH_OPEN), FILE_RIGHTS, DIR_RIGHTS);
    EQ(fs_fdstat(fd).fs_rights_inheriting, FILE_RIGHTS);
    OK(__wasi_fd_close(fd));

    /* a directory passes on at most its inheriting rights, base and inheriting */
    __wasi_fd_t narrow;
    __wasi_rights_t nb = R(PATH_OPEN) | R(PATH_CREATE_FILE) | R(FD_READDIR) | R(PATH_FILESTAT_GET);
    __wasi_rights_t ni = R(FD_READ) | R(FD_SEEK) | R(PATH_OPEN) | R(FD_READDIR);
    OK(__wasi_path_open(dir, 0, "sub", O_DIR, nb, ni, 0, &narrow));
    EQ(fs_fdstat(narrow).fs_rights_base, nb);
    EQ(fs_fdstat(narrow).fs_rights_inheriting, ni);
    fs_put(dir, "sub/f", "abc");
    __wasi_fd_t f;
    ERR(__wasi_path_open(narrow, 0, "f", 0, R(FD_READ) | R(FD_WRITE), 0, 0, &f), NOTCAPABLE);
    ERR(__wasi_path_open(narrow, 0, "f", 0, R(FD_WRITE), 0, 0, &f), NOTCAPABLE);
    ERR(__wasi_path_open(narrow, 0, "f", 0, R(FD_READ), R(FD_WRITE), 0, &f), NOTCAPABLE);
    ERR(__wasi_path_open(narrow, 0, "f", 0, R(FD_READ), R(PATH_CREATE_FILE), 0, &f), NOTCAPABLE);
    ERR2(__wasi_path_open(dir, 0, "file", 0, R(FD_READ) | (1ull << 40), 0, 0, &f), INVAL, NOTCAPABLE);
    ERR2(__wasi_path_open(dir, 0, "file", 0, R(FD_READ), 1ull << 63, 0, &f), INVAL, NOTCAPABLE);
    ERR(__wasi_path_open(narrow, 0, "new", O_CREAT, R(FD_WRITE), 0, 0, &f), NOTCAPABLE);
    T(!fs_exists(dir, "sub/new"));
    f = open_expect(__LINE__, narrow, "f", 0, R(FD_READ) | R(FD_SEEK), R(FD_READ), FILE_RIGHTS);
    EQ(fs_pread(f, (char[4]){0}, 4, 0), 3);
    OK(__wasi_fd_close(f));
    /* one level further down: the chain only shrinks */
    OK(__wasi_path_create_directory(dir, "sub/deeper"));
    __wasi_fd_t deeper;
    ERR(__wasi_path_open(narrow, 0, "deeper", O_DIR, R(PATH_OPEN) | R(PATH_CREATE_FILE), 0, 0, &deeper), NOTCAPABLE);
    OK(__wasi_path_open(narrow, 0, "deeper", O_DIR, R(PATH_OPEN), R(FD_READ), 0, &deeper));
    fs_put(dir, "sub/deeper/g", "g");
    ERR(__wasi_path_open(deeper, 0, "g", 0, R(FD_SEEK), 0, 0, &f), NOTCAPABLE);
    OK(__wasi_path_open(deeper, 0, "g", 0, R(FD_READ), 0, 0, &f));
    OK(__wasi_fd_close(f));
    ERR(__wasi_path_open(deeper, 0, ".", O_DIR, R(PATH_OPEN), 0, 0, &f), NOTCAPABLE);
    OK(__wasi_fd_close(deeper));
    OK(__wasi_fd_close(narrow));

    /* fd_fdstat_set_rights narrows only */
    fd = fs_open(dir, "file", 0, RW, 0);
    ERR(__wasi_fd_fdstat_set_rights(fd, RW | R(FD_ADVISE), 0), NOTCAPABLE);
    ERR(__wasi_fd_fdstat_set_rights(fd, RW, R(FD_READ)), NOTCAPABLE);
    ERR2(__wasi_fd_fdstat_set_rights(fd, RW | (1ull << 40), 0), INVAL, NOTCAPABLE); /* not a right */
    EQ(fs_fdstat(fd).fs_rights_base, RW);
    EQ(fs_fdstat(fd).fs_rights_inheriting, 0);
    OK(__wasi_fd_fdstat_set_rights(fd, RW, 0));
    OK(__wasi_fd_fdstat_set_rights(fd, R(FD_READ) | R(FD_TELL), 0));
    EQ(fs_fdstat(fd).fs_rights_base, R(FD_READ) | R(FD_TELL));
    ERR(__wasi_fd_fdstat_set_rights(fd, R(FD_READ) | R(FD_WRITE), 0), NOTCAPABLE);
    EQ(fs_fdstat(fd).fs_rights_base, R(FD_READ) | R(FD_TELL));
    OK(__wasi_fd_fdstat_set_rights(fd, 0, 0));
    EQ(fs_fdstat(fd).fs_rights_base, 0);
    EQ(fs_fdstat(fd).fs_filetype, FT_FILE);
    ERR(call(0, fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    ERR(__wasi_fd_fdstat_set_rights(fd, 0, 0), BADF);
    ERR(__wasi_fd_fdstat_set_rights(HUGE_FD1, 0, 0), BADF);
    ERR(__wasi_fd_fdstat_set_rights(HUGE_FD2, 0, 0), BADF);

    /* narrowing a directory leaves what was opened through it alone */
    __wasi_fd_t d2 = fs_open_dir(dir, ".");
    fd = fs_open(d2, "file", 0, R(FD_WRITE), 0);
    ps = fs_fdstat(d2);
    OK(__wasi_fd_fdstat_set_rights(d2, ps.fs_rights_base, ps.fs_rights_inheriting & ~R(FD_WRITE)));
    ERR(__wasi_path_open(d2, 0, "file", 0, R(FD_WRITE), 0, 0, &f), NOTCAPABLE);
    fs_write(fd, "X", 1);
    EQ(fs_fdstat(fd).fs_rights_base, R(FD_WRITE));
    OK(__wasi_fd_close(fd));
    OK(__wasi_fd_fdstat_set_rights(d2, ps.fs_rights_base & ~R(PATH_OPEN), 0));
    ERR(__wasi_path_open(d2, 0, "file", 0, 0, 0, 0, &f), NOTCAPABLE);
    OK(__wasi_fd_close(d2));

    /* every file call: refused without its right, fine with it */
    for (int c = 0; c < 15; c++) {
        fs_put(dir, "file", "0123456789");
        fd = fs_open(dir, "file", 0, FILE_RIGHTS & ~needs[c], 0);
        int e = call(c, fd);
        if (e != E(NOTCAPABLE)) {
            fs_at(__LINE__);
            fs_s("file call #");
            fs_n(c);
            fs_s(" without its right: expected NOTCAPABLE, got ");
            fs_s(w4j_errno_name(e));
            fs_die(e);
        }
        OK(__wasi_fd_close(fd));
        fd = fs_open(dir, "file", 0, needs[c] | also[c], 0);
        e = call(c, fd);
        if (e) {
            fs_at(__LINE__);
            fs_s("file call #");
            fs_n(c);
            fs_s(" with only its right: ");
            fs_s(w4j_errno_name(e));
            fs_die(e);
        }
        OK(__wasi_fd_close(fd));
    }
    /* fd_pread / fd_pwrite need FD_SEEK too */
    fd = fs_open(dir, "file", 0, FILE_RIGHTS & ~R(FD_SEEK), 0);
    ERR(call(12, fd), NOTCAPABLE);
    ERR(call(13, fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    /* FD_SEEK implies FD_TELL */
    fd = fs_open(dir, "file", 0, R(FD_SEEK), 0);
    OK(call(3, fd));
    OK(call(14, fd));
    OK(__wasi_fd_close(fd));

    OK(__wasi_path_unlink_file(dir, "sub/deeper/g"));
    OK(__wasi_path_remove_directory(dir, "sub/deeper"));
    OK(__wasi_path_unlink_file(dir, "sub/f"));
    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
