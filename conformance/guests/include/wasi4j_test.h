/*
 * wasi4j_test.h - tiny assertion helpers for WASI preview1 guest test programs.
 *
 * Header-only, for C programs built with clang --target=wasm32-wasi against
 * wasi-libc. Every failed check prints one line to stderr:
 *
 *     file.c:LINE: message (errno N)
 *
 * and exits with status 1. Errno values are WASI errno numbers; wasi-libc's
 * <errno.h> uses the same numbering, so the same name table serves both the
 * raw __wasi_* return codes and libc's errno.
 *
 * Checks:
 *   CHECK(cond)                 cond must hold (prints libc errno on failure)
 *   CHECKF(cond, fmt, ...)      same, with a printf-style message
 *   CHECK_OK(expr)              expr yields a __wasi_errno_t that must be 0
 *   CHECK_ERRNO(expr, e1, ...)  expr yields an errno that must be one of e1...
 *   CHECK_EQ(a, b)              integer equality, both values printed
 *   FAIL(fmt, ...)              unconditional failure
 *
 * Helpers (optional): preopen lookup, scratch-directory creation, rights
 * manipulation and a raw path_open that takes an explicit path length.
 */
#ifndef WASI4J_TEST_H
#define WASI4J_TEST_H

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <sys/types.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

static inline const char *w4j_errno_name(int e) {
    static const char *const names[] = {
        "SUCCESS", "2BIG", "ACCES", "ADDRINUSE", "ADDRNOTAVAIL", "AFNOSUPPORT",
        "AGAIN", "ALREADY", "BADF", "BADMSG", "BUSY", "CANCELED", "CHILD",
        "CONNABORTED", "CONNREFUSED", "CONNRESET", "DEADLK", "DESTADDRREQ",
        "DOM", "DQUOT", "EXIST", "FAULT", "FBIG", "HOSTUNREACH", "IDRM",
        "ILSEQ", "INPROGRESS", "INTR", "INVAL", "IO", "ISCONN", "ISDIR",
        "LOOP", "MFILE", "MLINK", "MSGSIZE", "MULTIHOP", "NAMETOOLONG",
        "NETDOWN", "NETRESET", "NETUNREACH", "NFILE", "NOBUFS", "NODEV",
        "NOENT", "NOEXEC", "NOLCK", "NOLINK", "NOMEM", "NOMSG", "NOPROTOOPT",
        "NOSPC", "NOSYS", "NOTCONN", "NOTDIR", "NOTEMPTY", "NOTRECOVERABLE",
        "NOTSOCK", "NOTSUP", "NOTTY", "NXIO", "OVERFLOW", "OWNERDEAD", "PERM",
        "PIPE", "PROTO", "PROTONOSUPPORT", "PROTOTYPE", "RANGE", "ROFS",
        "SPIPE", "SRCH", "STALE", "TIMEDOUT", "TXTBSY", "XDEV", "NOTCAPABLE",
    };
    if (e >= 0 && e < (int)(sizeof names / sizeof names[0])) return names[e];
    return "?";
}

/* Minimal printf subset (%s %c %d %i %u %x, l/ll/z modifiers, zero-padded width) so that the
   failure path pulls in neither stdio nor vfprintf: keeps every test module small. */
typedef struct {
    char text[640];
    size_t len;
} w4j_msg_t;

static inline void w4j_msg_put(w4j_msg_t *m, const char *s, size_t n) {
    for (size_t i = 0; i < n && m->len < sizeof m->text; i++) m->text[m->len++] = s[i];
}

static inline void w4j_msg_str(w4j_msg_t *m, const char *s) { w4j_msg_put(m, s ? s : "(null)", strlen(s ? s : "(null)")); }

static inline void w4j_msg_num(w4j_msg_t *m, unsigned long long v, int negative, unsigned base, int width) {
    char digits[24];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    if (negative) w4j_msg_put(m, "-", 1);
    for (int pad = width - n - negative; pad > 0; pad--) w4j_msg_put(m, "0", 1);
    while (n) w4j_msg_put(m, &digits[--n], 1);
}

static inline void w4j_msg_vformat(w4j_msg_t *m, const char *fmt, va_list ap) {
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { w4j_msg_put(m, p, 1); continue; }
        p++;
        int width = 0, longs = 0, size_t_arg = 0;
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        while (*p == 'l') { longs++; p++; }
        if (*p == 'z') { size_t_arg = 1; p++; }
        switch (*p) {
        case 's': w4j_msg_str(m, va_arg(ap, const char *)); break;
        case 'c': { char c = (char)va_arg(ap, int); w4j_msg_put(m, &c, 1); break; }
        case 'd':
        case 'i': {
            long long v = longs >= 2 ? va_arg(ap, long long) : longs == 1 ? va_arg(ap, long)
                        : size_t_arg ? (long long)va_arg(ap, ssize_t) : va_arg(ap, int);
            w4j_msg_num(m, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v, v < 0, 10, width);
            break;
        }
        case 'u':
        case 'x': {
            unsigned long long v = longs >= 2 ? va_arg(ap, unsigned long long)
                                 : longs == 1 ? va_arg(ap, unsigned long)
                                 : size_t_arg ? va_arg(ap, size_t) : va_arg(ap, unsigned);
            w4j_msg_num(m, v, 0, *p == 'x' ? 16 : 10, width);
            break;
        }
        case '%': w4j_msg_put(m, "%", 1); break;
        case 0: return;
        default: w4j_msg_put(m, p - 1, 2); break;
        }
    }
}

static inline void w4j_msg_format(w4j_msg_t *m, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    w4j_msg_vformat(m, fmt, ap);
    va_end(ap);
}

__attribute__((noreturn, noinline, format(printf, 4, 5)))
static inline void w4j_fail(const char *file, int line, int err, const char *fmt, ...) {
    w4j_msg_t m = {.len = 0};
    va_list ap;
    w4j_msg_format(&m, "%s:%d: ", file, line);
    va_start(ap, fmt);
    w4j_msg_vformat(&m, fmt, ap);
    va_end(ap);
    w4j_msg_format(&m, " (errno %d %s)\n", err, w4j_errno_name(err));
    /* Written straight to fd 2: no stdio state involved. */
    __wasi_ciovec_t iov = {(const uint8_t *)m.text, m.len};
    __wasi_size_t written;
    (void)__wasi_fd_write(2, &iov, 1, &written);
    exit(1);
}

#define FAIL(...) w4j_fail(__FILE__, __LINE__, errno, __VA_ARGS__)

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) w4j_fail(__FILE__, __LINE__, errno, "check failed: %s", #cond); \
    } while (0)

#define CHECKF(cond, ...)                                                      \
    do {                                                                       \
        if (!(cond)) w4j_fail(__FILE__, __LINE__, errno, __VA_ARGS__);         \
    } while (0)

#define CHECK_OK(expr)                                                         \
    do {                                                                       \
        int w4j_e_ = (int)(expr);                                              \
        if (w4j_e_ != 0)                                                       \
            w4j_fail(__FILE__, __LINE__, w4j_e_, "%s failed with %s", #expr,   \
                     w4j_errno_name(w4j_e_));                                  \
    } while (0)

#define CHECK_EQ(a, b)                                                         \
    do {                                                                       \
        long long w4j_a_ = (long long)(a), w4j_b_ = (long long)(b);            \
        if (w4j_a_ != w4j_b_)                                                  \
            w4j_fail(__FILE__, __LINE__, errno, "%s == %s failed: %lld != %lld", \
                     #a, #b, w4j_a_, w4j_b_);                                  \
    } while (0)

__attribute__((noinline)) static inline void w4j_check_errno(const char *file, int line, const char *expr,
                                   int got, const int *alts, int n) {
    w4j_msg_t want = {.len = 0};
    for (int i = 0; i < n; i++) {
        if (got == alts[i]) return;
        w4j_msg_format(&want, "%s%s", i ? " or " : "", w4j_errno_name(alts[i]));
    }
    want.text[want.len < sizeof want.text ? want.len : sizeof want.text - 1] = 0;
    if (got == 0)
        w4j_fail(file, line, got, "%s succeeded, expected %s", expr, want.text);
    w4j_fail(file, line, got, "%s: expected %s, got %s", expr, want.text, w4j_errno_name(got));
}

/* expr yields an errno (a __wasi_errno_t or libc's errno); it must be one of the alternatives. */
#define CHECK_ERRNO(expr, ...)                                                 \
    do {                                                                       \
        const int w4j_alts_[] = {__VA_ARGS__};                                 \
        w4j_check_errno(__FILE__, __LINE__, #expr, (int)(expr), w4j_alts_,     \
                        (int)(sizeof w4j_alts_ / sizeof w4j_alts_[0]));        \
    } while (0)

/* True when the environment variable is set (mirrors the official suite's TestConfig flags).
   Reads the environment with the raw calls (no getenv/malloc, keeping modules small). */
static inline int w4j_env_flag(const char *name) {
    __wasi_size_t count = 0, size = 0;
    if (__wasi_environ_sizes_get(&count, &size) != __WASI_ERRNO_SUCCESS || count == 0) return 0;
    uint8_t **vars = __builtin_alloca(count * sizeof *vars);
    uint8_t *buf = __builtin_alloca(size);
    if (__wasi_environ_get(vars, buf) != __WASI_ERRNO_SUCCESS) return 0;
    size_t n = strlen(name);
    for (__wasi_size_t i = 0; i < count; i++)
        if (strncmp((const char *)vars[i], name, n) == 0 && vars[i][n] == '=') return 1;
    return 0;
}

/* path_open with an explicit path length, so paths may contain NUL bytes. */
__attribute__((import_module("wasi_snapshot_preview1"), import_name("path_open")))
int32_t w4j_import_path_open(int32_t fd, int32_t dirflags, int32_t path, int32_t path_len,
                             int32_t oflags, int64_t rights_base, int64_t rights_inheriting,
                             int32_t fdflags, int32_t retptr);

static inline __wasi_errno_t w4j_path_open_n(__wasi_fd_t dirfd, __wasi_lookupflags_t dirflags,
                                             const char *path, size_t path_len,
                                             __wasi_oflags_t oflags, __wasi_rights_t base,
                                             __wasi_rights_t inheriting, __wasi_fdflags_t fdflags,
                                             __wasi_fd_t *out) {
    return (__wasi_errno_t)w4j_import_path_open(
        (int32_t)dirfd, (int32_t)dirflags, (int32_t)(intptr_t)path, (int32_t)path_len,
        (int32_t)oflags, (int64_t)base, (int64_t)inheriting, (int32_t)fdflags,
        (int32_t)(intptr_t)out);
}

/* The preopened directory fd whose prestat name equals `name`, scanning 3.. until fd_prestat_get fails; -1 if none. */
static inline int w4j_find_preopen(const char *name) {
    for (__wasi_fd_t fd = 3;; fd++) {
        __wasi_prestat_t st;
        if (__wasi_fd_prestat_get(fd, &st) != __WASI_ERRNO_SUCCESS) return -1;
        if (st.tag != __WASI_PREOPENTYPE_DIR) continue;
        size_t len = st.u.dir.pr_name_len;
        char buf[256];
        if (len >= sizeof buf) continue;
        if (__wasi_fd_prestat_dir_name(fd, (uint8_t *)buf, len) != __WASI_ERRNO_SUCCESS) continue;
        if (strlen(name) == len && memcmp(buf, name, len) == 0) return (int)fd;
    }
}

static inline void w4j_get_rights(__wasi_fd_t fd, __wasi_rights_t *base, __wasi_rights_t *inheriting) {
    __wasi_fdstat_t st;
    CHECK_OK(__wasi_fd_fdstat_get(fd, &st));
    *base = st.fs_rights_base;
    *inheriting = st.fs_rights_inheriting;
}

/* A fresh fd for the preopen named `name` (path_open ".", O_DIRECTORY, with the preopen's own rights). */
static inline __wasi_fd_t w4j_open_preopen(const char *name) {
    int pre = w4j_find_preopen(name);
    if (pre < 0) FAIL("no preopened directory named \"%s\"", name);
    __wasi_rights_t base, inh;
    w4j_get_rights((__wasi_fd_t)pre, &base, &inh);
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open((__wasi_fd_t)pre, 0, ".", __WASI_OFLAGS_DIRECTORY, base, inh, 0, &fd));
    return fd;
}

/* The root directory of a test that runs with "root": a fresh fd for the preopen named "/". */
static inline __wasi_fd_t w4j_root_dir(void) { return w4j_open_preopen("/"); }

#define W4J_TMPDIR_BASE_RIGHTS                                                           \
    (__WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_READDIR |                          \
     __WASI_RIGHTS_PATH_CREATE_FILE | __WASI_RIGHTS_PATH_CREATE_DIRECTORY |              \
     __WASI_RIGHTS_PATH_REMOVE_DIRECTORY | __WASI_RIGHTS_PATH_OPEN |                     \
     __WASI_RIGHTS_PATH_UNLINK_FILE | __WASI_RIGHTS_PATH_LINK_SOURCE |                   \
     __WASI_RIGHTS_PATH_LINK_TARGET | __WASI_RIGHTS_PATH_READLINK |                      \
     __WASI_RIGHTS_PATH_RENAME_SOURCE | __WASI_RIGHTS_PATH_RENAME_TARGET |               \
     __WASI_RIGHTS_PATH_FILESTAT_GET | __WASI_RIGHTS_PATH_FILESTAT_SET_SIZE |            \
     __WASI_RIGHTS_PATH_FILESTAT_SET_TIMES | __WASI_RIGHTS_PATH_SYMLINK)
#define W4J_TMPDIR_INHERITING_RIGHTS                                                     \
    (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_READDIR |         \
     __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_SEEK |                             \
     __WASI_RIGHTS_PATH_LINK_SOURCE | __WASI_RIGHTS_PATH_LINK_TARGET |                   \
     __WASI_RIGHTS_PATH_OPEN | __WASI_RIGHTS_PATH_UNLINK_FILE |                          \
     __WASI_RIGHTS_PATH_FILESTAT_GET | __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS |               \
     __WASI_RIGHTS_FD_SYNC | __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_ADVISE |           \
     __WASI_RIGHTS_FD_ALLOCATE | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE |                    \
     __WASI_RIGHTS_FD_FILESTAT_SET_TIMES)

/* Creates directory `name` under `dirfd` and opens it with the given rights. */
static inline __wasi_fd_t w4j_mkdir_open(__wasi_fd_t dirfd, const char *name,
                                         __wasi_rights_t base, __wasi_rights_t inheriting) {
    CHECK_OK(__wasi_path_create_directory(dirfd, name));
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dirfd, 0, name, __WASI_OFLAGS_DIRECTORY, base, inheriting, 0, &fd));
    return fd;
}

/* Scratch directory with a broad, fixed set of directory rights. */
static inline __wasi_fd_t w4j_create_tmp_dir(__wasi_fd_t dirfd, const char *name) {
    return w4j_mkdir_open(dirfd, name, W4J_TMPDIR_BASE_RIGHTS, W4J_TMPDIR_INHERITING_RIGHTS);
}

/* Creates (or opens) regular file `name` with no rights, checks the fd is above stdio, closes it. */
static inline void w4j_create_file(__wasi_fd_t dirfd, const char *name) {
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dirfd, 0, name, __WASI_OFLAGS_CREAT, 0, 0, 0, &fd));
    CHECKF(fd > 2, "file descriptor range check: %u", (unsigned)fd);
    CHECK_OK(__wasi_fd_close(fd));
}

/* False when the host answers fd_fdstat_set_rights with NOTSUP (it does not model rights). */
static inline int w4j_supports_rights(__wasi_fd_t fd) {
    __wasi_rights_t base, inh;
    w4j_get_rights(fd, &base, &inh);
    return __wasi_fd_fdstat_set_rights(fd, base, inh) != __WASI_ERRNO_NOTSUP;
}

#endif /* WASI4J_TEST_H */
