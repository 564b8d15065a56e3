/*
 * fd_readdir: lists "." and ".." (d_ino of "." = the directory's ino, of ".." = its parent's when
 * the parent is inside the sandbox) and every entry once with its d_type (REGULAR_FILE, DIRECTORY,
 * SYMBOLIC_LINK) and d_ino (= path_filestat_get's ino, not following links) and d_namlen; a
 * buffer is filled as far as it goes, the last entry cut off (also inside its dirent header), so
 * "bufused < buf_len" means the end; each entry's d_next resumes right after it, across calls and
 * after other reads (stable cookies), the last one's d_next gives nothing; cookie 0 rewinds and
 * sees entries created or removed since; a 200-byte name is cut in a 128-byte buffer and read whole
 * with a bigger one; a 300-entry directory paged through a 64-byte buffer yields every name once.
 * Errors: NOTDIR on a file, NOTCAPABLE without FD_READDIR (opened without it, or dropped), FAULT for
 * a buffer or result outside memory or running past its end (nothing written), BADF for closed /
 * huge fds.
 */
#include "fs_common.h"

#define DIRENT 24
typedef struct {
    __wasi_dirent_t d;
    char name[32];
} ent_t;

static uint8_t buf[1024];
static __wasi_size_t used;

/* One fd_readdir into buf[0..len) from `cookie`; returns the complete entries (at most max). */
static int list(__wasi_fd_t fd, __wasi_dircookie_t cookie, size_t len, ent_t *out, int max) {
    OK(__wasi_fd_readdir(fd, buf, len, cookie, &used));
    T(used <= len);
    int n = 0;
    size_t off = 0;
    while (used - off >= DIRENT) {
        __wasi_dirent_t d;
        memcpy(&d, buf + off, DIRENT);
        if (used - off < DIRENT + d.d_namlen) break;
        T(n < max);
        out[n].d = d;
        memset(out[n].name, 0, sizeof out[n].name);
        memcpy(out[n].name, buf + off + DIRENT, d.d_namlen < 31 ? d.d_namlen : 31);
        n++;
        off += DIRENT + d.d_namlen;
    }
    return n;
}

static const ent_t *find(const ent_t *e, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (strcmp(e[i].name, name) == 0) return &e[i];
    fs_failed(FS_LINE, "finding entry", name, 0);
    return 0;
}

/* entry `name` is listed with this type and the ino path_filestat_get gives (dir `at`, path `path`) */
static void expect_entry(int line, const ent_t *e, int n, const char *name, int type, __wasi_fd_t at, const char *path) {
    const ent_t *x = find(e, n, name);
    ck_eq(line, x->d.d_type, type);
    ck_eq(line, x->d.d_namlen, strlen(name));
    ck_eq(line, x->d.d_ino, fs_stat(at, path, 0).ino);
}
#define EXPECT_ENTRY(e, n, name, type, at, path) expect_entry(__LINE__, e, n, name, type, at, path)

/* Reading from each entry's d_next gives exactly the entries after it, in the same order. */
static void stable_cookies(int line, __wasi_fd_t fd, const ent_t *all, int n) {
    ent_t rest[16];
    for (int i = 0; i < n; i++) {
        int m = list(fd, all[i].d.d_next, sizeof buf, rest, 16);
        ck_eq(line, m, n - 1 - i);
        for (int j = 0; j < m; j++) {
            ck_true(line, strcmp(rest[j].name, all[i + 1 + j].name) == 0);
            ck_eq(line, rest[j].d.d_next, all[i + 1 + j].d.d_next);
        }
    }
    ck_eq(line, used, 0); /* after the last entry: nothing */
}

static int op(__wasi_fd_t fd) { return __wasi_fd_readdir(fd, buf, sizeof buf, 0, &used); }

static void big_name(char *s) {
    for (int i = 0; i < 200; i++) s[i] = (char)('a' + i % 26);
    s[200] = 0;
}

int main(void) {
    const char *name = "fd_readdir.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t root = fs_root;
    ent_t e[16];
    int n;

    /* the fixture directory tree/ */
    __wasi_fd_t tree = fs_open(root, "tree", O_DIR, R(FD_READDIR) | R(FD_FILESTAT_GET), 0);
    n = list(tree, 0, sizeof buf, e, 16);
    T(used < sizeof buf);
    EQ(n, 4);
    EXPECT_ENTRY(e, n, ".", FT_DIR, root, "tree");
    EXPECT_ENTRY(e, n, "..", FT_DIR, root, ".");
    EXPECT_ENTRY(e, n, "a.txt", FT_FILE, root, "tree/a.txt");
    EXPECT_ENTRY(e, n, "sub", FT_DIR, root, "tree/sub");
    stable_cookies(__LINE__, tree, e, n);
    /* cookies survive a rewind in between */
    ent_t again[16];
    EQ(list(tree, 0, sizeof buf, again, 16), 4);
    EQ(list(tree, e[1].d.d_next, sizeof buf, again, 16), 2);
    T(strcmp(again[0].name, e[2].name) == 0 && strcmp(again[1].name, e[3].name) == 0);

    /* partial entries: the buffer is filled completely, the cut entry starts like the real one */
    uint8_t whole[256];
    OK(__wasi_fd_readdir(tree, whole, sizeof whole, 0, &used));
    __wasi_size_t total = used;
    size_t first = DIRENT + e[0].d.d_namlen;
    for (size_t len = 0; len <= total; len += (len < 40 ? 1 : 7)) {
        memset(buf, 0xEE, sizeof buf);
        OK(__wasi_fd_readdir(tree, buf, len, 0, &used));
        EQ(used, len);
        T(memcmp(buf, whole, len) == 0);
        EQ(buf[len], 0xEE);
    }
    n = list(tree, 0, first + 10, e, 16);
    EQ(n, 1);
    EQ(used, first + 10);
    OK(__wasi_fd_close(tree));

    /* an empty directory, then one of each type */
    n = list(dir, 0, sizeof buf, e, 16);
    EQ(n, 2);
    EXPECT_ENTRY(e, n, ".", FT_DIR, dir, ".");
    EXPECT_ENTRY(e, n, "..", FT_DIR, root, ".");
    fs_put(dir, "file", "x");
    OK(__wasi_path_create_directory(dir, "sub"));
    int links = fs_symlink("file", dir, "link");
    n = list(dir, 0, sizeof buf, e, 16);
    EQ(n, 4 + links);
    EXPECT_ENTRY(e, n, "file", FT_FILE, dir, "file");
    EXPECT_ENTRY(e, n, "sub", FT_DIR, dir, "sub");
    if (links) EXPECT_ENTRY(e, n, "link", FT_LINK, dir, "link");
    stable_cookies(__LINE__, dir, e, n);
    /* a subdirectory's ".." is the directory */
    __wasi_fd_t sub = fs_open_dir(dir, "sub");
    n = list(sub, 0, sizeof buf, e, 16);
    EQ(n, 2);
    EXPECT_ENTRY(e, n, "..", FT_DIR, dir, ".");
    EXPECT_ENTRY(e, n, ".", FT_DIR, dir, "sub");

    /* cookie 0 rewinds and sees changes */
    fs_put(dir, "sub/late", "");
    n = list(sub, 0, sizeof buf, e, 16);
    EQ(n, 3);
    EXPECT_ENTRY(e, n, "late", FT_FILE, dir, "sub/late");
    OK(__wasi_path_unlink_file(dir, "sub/late"));
    EQ(list(sub, 0, sizeof buf, e, 16), 2);

    /* a name longer than the buffer */
    char big[201];
    big_name(big);
    fs_put(sub, big, "");
    n = list(sub, 0, sizeof buf, e, 16);
    EQ(n, 3);
    __wasi_dircookie_t after_dots = 0;
    for (int i = 0; i < n; i++)
        if (e[i].d.d_namlen == 200) after_dots = i ? e[i - 1].d.d_next : 0;
    n = list(sub, after_dots, 128, e, 16);
    EQ(n, 0);
    EQ(used, 128);
    __wasi_dirent_t hd;
    memcpy(&hd, buf, DIRENT);
    EQ(hd.d_namlen, 200);
    EQ(hd.d_type, FT_FILE);
    OK(__wasi_fd_readdir(sub, buf, 512, after_dots, &used));
    EQ(used, DIRENT + 200);
    T(memcmp(buf + DIRENT, big, 200) == 0);
    OK(__wasi_path_unlink_file(sub, big));
    OK(__wasi_fd_close(sub));

    /* 300 entries through a 64-byte buffer */
    OK(__wasi_path_create_directory(dir, "big"));
    __wasi_fd_t bigd = fs_open(dir, "big", O_DIR, R(FD_READDIR) | R(PATH_CREATE_FILE) | R(PATH_OPEN) | R(PATH_UNLINK_FILE), 0);
    char nm[8] = "e000";
    for (int i = 0; i < 300; i++) {
        nm[1] = (char)('0' + i / 100);
        nm[2] = (char)('0' + i / 10 % 10);
        nm[3] = (char)('0' + i % 10);
        __wasi_fd_t f;
        OK(__wasi_path_open(bigd, 0, nm, O_CREAT | O_EXCL, 0, 0, 0, &f));
        OK(__wasi_fd_close(f));
    }
    static uint8_t seen[300];
    int dots = 0, rounds = 0, count = 0;
    __wasi_dircookie_t cookie = 0;
    for (;;) {
        n = list(bigd, cookie, 64, e, 16);
        for (int i = 0; i < n; i++) {
            count++;
            if (e[i].name[0] == '.') {
                dots++;
            } else {
                int k = (e[i].name[1] - '0') * 100 + (e[i].name[2] - '0') * 10 + (e[i].name[3] - '0');
                T(e[i].name[0] == 'e' && k >= 0 && k < 300 && !seen[k]);
                seen[k] = 1;
                EQ(e[i].d.d_type, FT_FILE);
            }
        }
        if (used < 64) break;
        T(n > 0);
        cookie = e[n - 1].d.d_next;
        T(++rounds < 1000);
    }
    EQ(count, 302);
    EQ(dots, 2);
    for (int i = 0; i < 300; i++) {
        T(seen[i]);
        nm[1] = (char)('0' + i / 100);
        nm[2] = (char)('0' + i / 10 % 10);
        nm[3] = (char)('0' + i % 10);
        OK(__wasi_path_unlink_file(bigd, nm));
    }
    EQ(list(bigd, 0, sizeof buf, e, 16), 2);
    OK(__wasi_fd_close(bigd));
    OK(__wasi_path_remove_directory(dir, "big"));

    /* errors */
    __wasi_fd_t f = fs_open(dir, "file", 0, R(FD_READ) | R(FD_READDIR), 0);
    ERR(op(f), NOTDIR);
    OK(__wasi_fd_close(f));
    __wasi_fd_t d = fs_open(dir, ".", O_DIR, R(FD_FILESTAT_GET), 0);
    ERR(op(d), NOTCAPABLE);
    OK(__wasi_fd_close(d));
    d = fs_dir_without(dir, R(FD_READDIR));
    ERR(op(d), NOTCAPABLE);
    OK(__wasi_fd_close(d));
    ERR(__wasi_fd_readdir(dir, (uint8_t *)(uintptr_t)BAD_PTR, 64, 0, &used), FAULT);
    uint8_t *tail = (uint8_t *)(uintptr_t)(mem_end() - 16);
    memset(tail, 0xEE, 16);
    ERR(__wasi_fd_readdir(dir, tail, 64, 0, &used), FAULT);
    for (int i = 0; i < 16; i++) EQ(tail[i], 0xEE);
    ERR(__wasi_fd_readdir(dir, buf, 64, 0, (__wasi_size_t *)(uintptr_t)BAD_PTR), FAULT);
    FS_BADF(op);

    if (links) OK(__wasi_path_unlink_file(dir, "link"));
    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
