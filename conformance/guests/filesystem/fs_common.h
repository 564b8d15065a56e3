/*
 * fs_common.h - helpers shared by the programs of the "filesystem" group.
 *
 * Every program runs with {"root": "fs.dir"}: the fixture below is preopened as "/".
 *
 *   fs.dir/hello.txt      "Hello, WASI!\n" (13 bytes)
 *   fs.dir/digits.txt     "0123456789"     (10 bytes)
 *   fs.dir/tree/a.txt     "a"
 *   fs.dir/tree/sub/b.txt "bb"
 *
 * The fixture is only read. Each program works in a scratch directory "<program>.cleanup" that it
 * creates in the root with the root's own rights and removes at the end (it must be empty then), so
 * that it runs in place (official runner model) and leaves the fixture unchanged.
 *
 * Checks. A failed check prints one line in wasi4j_test.h's format,
 *     <file>:<line>: <message> (errno N NAME)
 * to stderr and exits with status 1; a passing program prints nothing and exits 0. To keep the
 * modules small (each one links its own copy of everything) the checks name the source line rather
 * than the expression, and print errno names and compared values:
 *     OK(e)              e (an errno) is SUCCESS
 *     ERR(e, X)          e is exactly __WASI_ERRNO_X
 *     ERR2(e, X, Y)      e is X or Y (where Linux and the spec allow either)
 *     EQ(a, b)           integers equal
 *     T(cond)            cond holds
 * Built with -DFS_CONTINUE (outside the suite, for diagnosis) a failed check is printed and the
 * program goes on, exiting 1 at the end.
 *
 * Backends that cannot express something (Commons VFS has no symbolic or hard links, keeps
 * modification times in milliseconds and no access times) may answer exactly NOTSUP to the call
 * that would need it: fs_symlink/fs_link/fs_times_ok then print one note to stderr and return 0 so
 * that the program skips the checks that depend on it. Any other errno fails.
 */
#ifndef FS_COMMON_H
#define FS_COMMON_H

#include "wasi4j_test.h"

#define E(x) __WASI_ERRNO_##x
#define R(x) __WASI_RIGHTS_##x
#define O_CREAT __WASI_OFLAGS_CREAT
#define O_DIR __WASI_OFLAGS_DIRECTORY
#define O_EXCL __WASI_OFLAGS_EXCL
#define O_TRUNC __WASI_OFLAGS_TRUNC
#define FOLLOW __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW
#define FT_FILE __WASI_FILETYPE_REGULAR_FILE
#define FT_DIR __WASI_FILETYPE_DIRECTORY
#define FT_LINK __WASI_FILETYPE_SYMBOLIC_LINK

/* An address far outside any guest memory these programs have (they use a few pages). */
#define BAD_PTR 0xFFFFFF00u
/* Descriptor numbers that are never open. */
#define HUGE_FD1 ((__wasi_fd_t)0x7FFFFFFFu)
#define HUGE_FD2 ((__wasi_fd_t)0xFFFF8587u)

#define RW (R(FD_READ) | R(FD_WRITE) | R(FD_SEEK) | R(FD_TELL) | R(FD_FILESTAT_GET))

/* Raw imports: paths as (pointer, length) so that tests can pass bad pointers, NULs, invalid UTF-8. */
#define W4J_IMPORT(n) __attribute__((import_module("wasi_snapshot_preview1"), import_name(#n)))
W4J_IMPORT(path_create_directory) int32_t raw_mkdir(int32_t fd, int32_t p, int32_t n);
W4J_IMPORT(path_filestat_get) int32_t raw_stat(int32_t fd, int32_t flags, int32_t p, int32_t n, int32_t out);
W4J_IMPORT(path_filestat_set_times)
int32_t raw_set_times(int32_t fd, int32_t flags, int32_t p, int32_t n, int64_t atim, int64_t mtim, int32_t fst);
W4J_IMPORT(path_link)
int32_t raw_link(int32_t ofd, int32_t oflags, int32_t op, int32_t on, int32_t nfd, int32_t np, int32_t nn);
W4J_IMPORT(path_readlink) int32_t raw_readlink(int32_t fd, int32_t p, int32_t n, int32_t buf, int32_t len, int32_t out);
W4J_IMPORT(path_remove_directory) int32_t raw_rmdir(int32_t fd, int32_t p, int32_t n);
W4J_IMPORT(path_rename) int32_t raw_rename(int32_t ofd, int32_t op, int32_t on, int32_t nfd, int32_t np, int32_t nn);
W4J_IMPORT(path_symlink) int32_t raw_symlink(int32_t op, int32_t on, int32_t fd, int32_t np, int32_t nn);
W4J_IMPORT(path_unlink_file) int32_t raw_unlink(int32_t fd, int32_t p, int32_t n);

#define P(s) ((int32_t)(intptr_t)(s))
/* Source lines: those of this header are reported as "fs_common.h:N", others as the program's. */
#define FS_IN_HEADER 1
#define FS_LINE (__LINE__ + (FS_IN_HEADER ? 100000 : 0))
#define FS_FN static __attribute__((noinline, unused, minsize))

/* ---- failure output ---- */

static char fs_msg[400];
static unsigned fs_msg_len;
#ifdef FS_CONTINUE
static int fs_failures;
__attribute__((destructor)) static void fs_report(void) {
    if (fs_failures) __wasi_proc_exit(1);
}
#define FS_NORETURN
#else
#define FS_NORETURN __attribute__((noreturn))
#endif

FS_FN void fs_s(const char *s) {
    while (*s && fs_msg_len < sizeof fs_msg) fs_msg[fs_msg_len++] = *s++;
}
FS_FN void fs_n(long long v) {
    char d[24];
    int n = 0;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do d[n++] = (char)('0' + u % 10); while (u /= 10);
    if (v < 0) d[n++] = '-';
    while (n && fs_msg_len < sizeof fs_msg) fs_msg[fs_msg_len++] = d[--n];
}
/* Starts a failure line for source line `line` (see FS_LINE). */
FS_FN void fs_at(int line) {
    fs_msg_len = 0;
    fs_s(line >= 100000 ? "fs_common.h" : __BASE_FILE__);
    fs_s(":");
    fs_n(line % 100000);
    fs_s(": ");
}
/* Ends the failure line with the errno, prints it, exits 1 (or counts it, with FS_CONTINUE). */
FS_FN FS_NORETURN void fs_die(int err) {
    fs_s(" (errno ");
    fs_n(err);
    fs_s(" ");
    fs_s(w4j_errno_name(err));
    fs_s(")\n");
    __wasi_ciovec_t iov = {(const uint8_t *)fs_msg, fs_msg_len};
    __wasi_size_t n;
    (void)__wasi_fd_write(2, &iov, 1, &n);
#ifdef FS_CONTINUE
    fs_failures++;
#else
    __wasi_proc_exit(1);
#endif
}
/* "<line>: <what>("<path>") failed with NAME" */
FS_FN FS_NORETURN void fs_failed(int line, const char *what, const char *path, int err) {
    fs_at(line);
    fs_s(what);
    fs_s("(\"");
    fs_s(path);
    fs_s("\") failed with ");
    fs_s(w4j_errno_name(err));
    fs_die(err);
}

/* ---- checks ---- */

/* `got` must be errno `a` or, when b >= 0, `b` (0 = SUCCESS). */
FS_FN void ck_errno(int line, int got, int a, int b) {
    if (got == a || got == b) return;
    fs_at(line);
    fs_s("expected ");
    fs_s(w4j_errno_name(a));
    if (b >= 0) {
        fs_s(" or ");
        fs_s(w4j_errno_name(b));
    }
    fs_s(", got ");
    fs_s(w4j_errno_name(got));
    fs_die(got);
}
FS_FN void ck_eq(int line, long long a, long long b) {
    if (a == b) return;
    fs_at(line);
    fs_s("value ");
    fs_n(a);
    fs_s(", expected ");
    fs_n(b);
    fs_die(0);
}
FS_FN void ck_true(int line, int cond) {
    if (cond) return;
    fs_at(line);
    fs_s("check failed");
    fs_die(0);
}
/* lo <= v <= hi */
FS_FN void ck_range(int line, long long v, long long lo, long long hi) {
    if (v >= lo && v <= hi) return;
    fs_at(line);
    fs_s("value ");
    fs_n(v);
    fs_s(" not within [");
    fs_n(lo);
    fs_s(", ");
    fs_n(hi);
    fs_s("]");
    fs_die(0);
}
#define OK(expr) ck_errno(FS_LINE, (int)(expr), 0, -1)
#define ERR(expr, a) ck_errno(FS_LINE, (int)(expr), E(a), -1)
#define ERR2(expr, a, b) ck_errno(FS_LINE, (int)(expr), E(a), E(b))
#define EQ(a, b) ck_eq(FS_LINE, (long long)(a), (long long)(b))
#define T(cond) ck_true(FS_LINE, (cond) ? 1 : 0)
#define RANGE(v, lo, hi) ck_range(FS_LINE, (long long)(v), (long long)(lo), (long long)(hi))

FS_FN uint32_t mem_end(void) { return (uint32_t)__builtin_wasm_memory_size(0) * 65536u; }

/* ---- descriptors and rights ---- */

static __wasi_fd_t fs_root = (__wasi_fd_t)-1;

FS_FN __wasi_fdstat_t fs_fdstat(__wasi_fd_t fd) {
    __wasi_fdstat_t st;
    OK(__wasi_fd_fdstat_get(fd, &st));
    return st;
}

/* path_open with inheriting rights 0; must succeed. */
FS_FN __wasi_fd_t fs_open(__wasi_fd_t dir, const char *path, __wasi_oflags_t oflags, __wasi_rights_t base,
                          __wasi_fdflags_t fdflags) {
    __wasi_fd_t fd = (__wasi_fd_t)-1;
    __wasi_errno_t e = __wasi_path_open(dir, 0, path, oflags, base, 0, fdflags, &fd);
    if (e) fs_failed(FS_LINE, "path_open", path, e);
    return fd;
}

/* A new descriptor for directory `path` under `dir`, with the rights of `dir`. */
FS_FN __wasi_fd_t fs_open_dir(__wasi_fd_t dir, const char *path) {
    __wasi_fdstat_t st = fs_fdstat(dir);
    __wasi_fd_t fd = (__wasi_fd_t)-1;
    __wasi_errno_t e = __wasi_path_open(dir, 0, path, O_DIR, st.fs_rights_base, st.fs_rights_inheriting, 0, &fd);
    if (e) fs_failed(FS_LINE, "opening directory", path, e);
    return fd;
}

/* Drops `right` from the base rights of `fd` with fd_fdstat_set_rights and checks it is gone. */
FS_FN void fs_drop(__wasi_fd_t fd, __wasi_rights_t right) {
    __wasi_fdstat_t st = fs_fdstat(fd);
    T(st.fs_rights_base & right);
    OK(__wasi_fd_fdstat_set_rights(fd, st.fs_rights_base & ~right, st.fs_rights_inheriting));
    EQ(fs_fdstat(fd).fs_rights_base, st.fs_rights_base & ~right);
}

/* A second descriptor for `dir` whose base rights lack `right`. */
FS_FN __wasi_fd_t fs_dir_without(__wasi_fd_t dir, __wasi_rights_t right) {
    __wasi_fd_t fd = fs_open_dir(dir, ".");
    fs_drop(fd, right);
    return fd;
}

/* A descriptor number that was just closed (the caller opens nothing before using it). */
FS_FN __wasi_fd_t fs_closed_fd(void) {
    __wasi_fd_t fd = fs_open(fs_root, ".", O_DIR, 0, 0);
    OK(__wasi_fd_close(fd));
    return fd;
}

/* The "/" preopen: the first preopened directory (from fd 3 on) whose name is "/". */
FS_FN __wasi_fd_t fs_preopen(void) {
    for (__wasi_fd_t fd = 3; fd < 64; fd++) {
        __wasi_prestat_t ps;
        char name[2];
        if (__wasi_fd_prestat_get(fd, &ps) == 0 && ps.tag == __WASI_PREOPENTYPE_DIR && ps.u.dir.pr_name_len == 1 &&
            __wasi_fd_prestat_dir_name(fd, (uint8_t *)name, 1) == 0 && name[0] == '/')
            return fd;
    }
    fs_failed(FS_LINE, "finding the preopen", "/", 0);
    return (__wasi_fd_t)-1;
}

/* The scratch directory "<name>" in the root, opened with the root's rights. */
FS_FN __wasi_fd_t fs_scratch(const char *name) {
    if (fs_root == (__wasi_fd_t)-1) fs_root = fs_open_dir(fs_preopen(), ".");
    __wasi_errno_t e = __wasi_path_create_directory(fs_root, name);
    if (e) fs_failed(FS_LINE, "creating scratch directory", name, e);
    return fs_open_dir(fs_root, name);
}

/* Closes and removes the scratch directory; it must be empty by now. */
FS_FN void fs_scratch_done(__wasi_fd_t dir, const char *name) {
    OK(__wasi_fd_close(dir));
    __wasi_errno_t e = __wasi_path_remove_directory(fs_root, name);
    if (e) fs_failed(FS_LINE, "removing scratch directory", name, e);
}

/* ---- entries ---- */

FS_FN __wasi_filestat_t fs_stat(__wasi_fd_t dir, const char *path, __wasi_lookupflags_t flags) {
    __wasi_filestat_t st;
    __wasi_errno_t e = __wasi_path_filestat_get(dir, flags, path, &st);
    if (e) fs_failed(FS_LINE, "path_filestat_get", path, e);
    return st;
}

FS_FN __wasi_filestat_t fs_fstat(__wasi_fd_t fd) {
    __wasi_filestat_t st;
    OK(__wasi_fd_filestat_get(fd, &st));
    return st;
}

/* 1 when `path` names an entry (not following a final symlink), 0 when it is missing (NOENT). */
FS_FN int fs_exists(__wasi_fd_t dir, const char *path) {
    __wasi_filestat_t st;
    __wasi_errno_t e = __wasi_path_filestat_get(dir, 0, path, &st);
    if (e == E(NOENT)) return 0;
    if (e) fs_failed(FS_LINE, "path_filestat_get", path, e);
    return 1;
}

/* The filetype of `path` (not following a final symlink). */
FS_FN int fs_type(__wasi_fd_t dir, const char *path) { return fs_stat(dir, path, 0).filetype; }

/* Writes all of `data` at the current position. */
FS_FN void fs_write(__wasi_fd_t fd, const void *data, size_t len) {
    __wasi_ciovec_t iov = {(const uint8_t *)data, len};
    __wasi_size_t n = 0;
    OK(__wasi_fd_write(fd, &iov, 1, &n));
    EQ(n, len);
}

/* Creates (or truncates) file `path` holding `text`. */
FS_FN void fs_put(__wasi_fd_t dir, const char *path, const char *text) {
    __wasi_fd_t fd = fs_open(dir, path, O_CREAT | O_TRUNC, R(FD_WRITE), 0);
    fs_write(fd, text, strlen(text));
    OK(__wasi_fd_close(fd));
}

/* Reads up to `cap` bytes at `offset` with fd_pread; returns the count. */
FS_FN size_t fs_pread(__wasi_fd_t fd, void *buf, size_t cap, uint64_t offset) {
    __wasi_iovec_t iov = {(uint8_t *)buf, cap};
    __wasi_size_t n = 0;
    OK(__wasi_fd_pread(fd, &iov, 1, offset, &n));
    return n;
}

/* Reads up to `cap` bytes at the current position with fd_read; returns the count. */
FS_FN size_t fs_read(__wasi_fd_t fd, void *buf, size_t cap) {
    __wasi_iovec_t iov = {(uint8_t *)buf, cap};
    __wasi_size_t n = 0;
    OK(__wasi_fd_read(fd, &iov, 1, &n));
    return n;
}

/* File `path` holds exactly the `len` bytes of `want`. */
FS_FN void fs_expect_content(__wasi_fd_t dir, const char *path, const void *want, size_t len) {
    __wasi_fd_t fd = fs_open(dir, path, 0, R(FD_READ) | R(FD_SEEK), 0);
    char buf[512];
    size_t n = fs_pread(fd, buf, sizeof buf, 0);
    if (n != len || memcmp(buf, want, len) != 0) {
        fs_at(FS_LINE);
        fs_s("unexpected content in ");
        fs_s(path);
        fs_s(": ");
        fs_n((long long)n);
        fs_s(" bytes");
        fs_die(0);
    }
    OK(__wasi_fd_close(fd));
}

FS_FN uint64_t fs_tell(__wasi_fd_t fd) {
    __wasi_filesize_t pos = 0;
    OK(__wasi_fd_tell(fd, &pos));
    return pos;
}

FS_FN __wasi_timestamp_t fs_now(void) {
    __wasi_timestamp_t t = 0;
    OK(__wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &t));
    return t;
}

/* An fd call must fail with BADF on a just-closed descriptor and on never-opened huge numbers. */
typedef int (*fd_op_t)(__wasi_fd_t fd);
FS_FN void fs_badf(int line, fd_op_t op) {
    ck_errno(line, op(fs_closed_fd()), E(BADF), -1);
    ck_errno(line, op(HUGE_FD1), E(BADF), -1);
    ck_errno(line, op(HUGE_FD2), E(BADF), -1);
}
#define FS_BADF(op) fs_badf(FS_LINE, op)

/* A fresh file `path` in `dir` holding `text`, opened with `base` rights. */
FS_FN __wasi_fd_t fs_file(__wasi_fd_t dir, const char *path, const char *text, __wasi_rights_t base) {
    fs_put(dir, path, text);
    return fs_open(dir, path, 0, base, 0);
}

/* ---- what a backend may not express ---- */

FS_FN void fs_note(const char *what) {
    static int noted;
    if (noted) return;
    noted = 1;
    fs_msg_len = 0;
    fs_s("note: ");
    fs_s(what);
    fs_s(" answered NOTSUP (the backend cannot express it); dependent checks skipped\n");
    __wasi_ciovec_t iov = {(const uint8_t *)fs_msg, fs_msg_len};
    __wasi_size_t n;
    (void)__wasi_fd_write(2, &iov, 1, &n);
}

/* Creates symlink `path` -> `target`: 1 when made, 0 when the backend answers NOTSUP. */
FS_FN int fs_symlink(const char *target, __wasi_fd_t dir, const char *path) {
    __wasi_errno_t e = __wasi_path_symlink(target, dir, path);
    if (e == E(NOTSUP)) {
        fs_note("path_symlink");
        return 0;
    }
    if (e) fs_failed(FS_LINE, "path_symlink", path, e);
    return 1;
}

/* Creates hard link `to` of `from` in `dir`: 1 when made, 0 when the backend answers NOTSUP. */
FS_FN int fs_link(__wasi_fd_t dir, __wasi_lookupflags_t flags, const char *from, const char *to) {
    __wasi_errno_t e = __wasi_path_link(dir, flags, from, dir, to);
    if (e == E(NOTSUP)) {
        fs_note("path_link");
        return 0;
    }
    if (e) fs_failed(FS_LINE, "path_link", to, e);
    return 1;
}

/* The result of a set_times call asking for times a backend may not store: 1 = done, 0 = NOTSUP. */
FS_FN int fs_times_ok(int line, __wasi_errno_t e) {
    if (e == E(NOTSUP)) {
        fs_note("setting these times");
        return 0;
    }
    ck_errno(line, e, 0, -1);
    return 1;
}
#define TIMES_OK(e) fs_times_ok(FS_LINE, (e))

/* ---- the errors every path argument can produce ---- */

/* One path call with the path under test as (pointer, length) relative to `fd`; returns its errno. */
typedef int (*path_op_t)(__wasi_fd_t fd, int32_t p, int32_t n);

/* op(fd, p, n) must fail with `a` (or `b` when b >= 0); `label` names the path in the message. */
FS_FN void fs_pe(int line, path_op_t op, __wasi_fd_t fd, const char *label, int32_t p, int32_t n, int a, int b) {
    int got = op(fd, p, n);
    if (got == a || got == b) return;
    fs_at(line);
    fs_s("path \"");
    fs_s(label);
    fs_s("\": expected ");
    fs_s(w4j_errno_name(a));
    if (b >= 0) {
        fs_s(" or ");
        fs_s(w4j_errno_name(b));
    }
    fs_s(", got ");
    fs_s(w4j_errno_name(got));
    fs_die(got);
}
#define CPE(fd, str, a, b) fs_pe(line, op, fd, str, P(str), (int32_t)strlen(str), a, b)

/*
 * For one path argument of a call, the errors that do not depend on the call: BADF for a closed or
 * never-opened descriptor; NOTDIR for a descriptor that is a file; FAULT for a path outside memory
 * (or running past its end); ILSEQ for a path that is not UTF-8; INVAL or ILSEQ for an embedded
 * NUL; NOENT for an empty path or a missing intermediate directory; NOTDIR for an intermediate
 * file; PERM or NOTCAPABLE for an absolute path or one that climbs out of the directory; NOTCAPABLE
 * for a descriptor without `right` (`valid` is a path the call accepts with the right); and, when
 * the backend has symlinks, LOOP for a loop in an intermediate component and PERM or NOTCAPABLE for
 * an intermediate link that leads out. It creates and removes "pe_file" and "pe_dir" in `dir`.
 * `line` is the caller's line, reported on failure with the path.
 */
FS_FN void fs_path_errors(int line, path_op_t op, __wasi_fd_t dir, __wasi_rights_t right, const char *valid) {
    fs_put(dir, "pe_file", "x");
    OK(__wasi_path_create_directory(dir, "pe_dir"));

    __wasi_fd_t closed = fs_closed_fd();
    CPE(closed, "pe_file", E(BADF), -1);
    CPE(HUGE_FD1, "pe_file", E(BADF), -1);
    CPE(HUGE_FD2, "pe_file", E(BADF), -1);
    __wasi_fd_t file = fs_open(dir, "pe_file", 0, R(FD_READ), 0);
    CPE(file, "pe_file", E(NOTDIR), -1);
    CPE(file, "x", E(NOTDIR), -1);
    OK(__wasi_fd_close(file));

    fs_pe(line, op, dir, "<0xFFFFFF00>", (int32_t)BAD_PTR, 4, E(FAULT), -1);
    fs_pe(line, op, dir, "<end of memory - 2, length 4>", (int32_t)(mem_end() - 2), 4, E(FAULT), -1);
    CPE(dir, "pe_\xff\xfe", E(ILSEQ), -1);
    CPE(dir, "pe_file\xc3", E(ILSEQ), -1);
    fs_pe(line, op, dir, "pe_file\\0x", P("pe_file\0x"), 9, E(INVAL), E(ILSEQ));
    fs_pe(line, op, dir, "pe_file\\0", P("pe_file\0"), 8, E(INVAL), E(ILSEQ));
    CPE(dir, "", E(NOENT), -1);
    CPE(dir, "/pe_file", E(PERM), E(NOTCAPABLE));
    CPE(dir, "../pe_x", E(PERM), E(NOTCAPABLE));
    CPE(dir, "pe_dir/../../pe_x", E(PERM), E(NOTCAPABLE));
    CPE(dir, "pe_file/x", E(NOTDIR), -1);
    CPE(dir, "pe_file/x/y", E(NOTDIR), -1);
    CPE(dir, "pe_missing/x", E(NOENT), -1);

    __wasi_fd_t weak = fs_dir_without(dir, right);
    CPE(weak, valid, E(NOTCAPABLE), -1);
    OK(__wasi_fd_close(weak));

    if (fs_symlink("pe_loop", dir, "pe_loop")) {
        CPE(dir, "pe_loop/x", E(LOOP), -1);
        OK(__wasi_path_unlink_file(dir, "pe_loop"));
        T(fs_symlink("..", dir, "pe_up"));
        CPE(dir, "pe_up/x", E(PERM), E(NOTCAPABLE));
        OK(__wasi_path_unlink_file(dir, "pe_up"));
    }
    OK(__wasi_path_remove_directory(dir, "pe_dir"));
    OK(__wasi_path_unlink_file(dir, "pe_file"));
}
#define FS_PATH_ERRORS(op, dir, right, valid) fs_path_errors(FS_LINE, op, dir, right, valid)

#undef FS_IN_HEADER
#define FS_IN_HEADER 0

#endif /* FS_COMMON_H */
