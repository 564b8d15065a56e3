/*
 * Port of wasi-testsuite Rust test fd_readdir (root = fs-tests.dir).
 * In a fresh directory fd_readdir(cookie 0) lists "." (d_type DIRECTORY, d_ino == the
 * directory's fd_filestat_get ino, d_namlen 1) and ".." (DIRECTORY). With one file it lists
 * 3 entries; the file's d_type is REGULAR_FILE and d_ino its ino; passing entry #2's d_next
 * returns only entry #3. With 100 files, paging through a 256-byte buffer (the last entry of
 * a full buffer may be cut off) by d_next cookies yields 102 entries in total.
 * "eof" means the host returned fewer bytes than the buffer size.
 */
#include "wasi4j_test.h"

#define BUF_LEN 256
#define MAX_ENTRIES 64

typedef struct {
    __wasi_dirent_t d;
    char name[64];
} entry_t;

/* Reads one buffer from `cookie`; returns the number of complete entries, sets *eof. */
static int read_dir(__wasi_fd_t fd, __wasi_dircookie_t cookie, entry_t *out, int *eof) {
    uint8_t buf[BUF_LEN];
    __wasi_size_t used = 0;
    CHECK_OK(__wasi_fd_readdir(fd, buf, BUF_LEN, cookie, &used));
    CHECKF(used <= BUF_LEN, "fd_readdir reported %u bytes used for a %d-byte buffer", (unsigned)used, BUF_LEN);
    int count = 0;
    size_t off = 0;
    while (used - off >= sizeof(__wasi_dirent_t)) {
        __wasi_dirent_t d;
        memcpy(&d, buf + off, sizeof d);
        if (used - off < sizeof d + d.d_namlen) break; /* truncated last entry */
        CHECK(count < MAX_ENTRIES);
        CHECK(d.d_namlen < sizeof out[count].name);
        out[count].d = d;
        memcpy(out[count].name, buf + off + sizeof d, d.d_namlen);
        out[count].name[d.d_namlen] = 0;
        count++;
        off += sizeof d + d.d_namlen;
    }
    *eof = used < BUF_LEN;
    return count;
}

static int by_name(const void *a, const void *b) {
    return strcmp(((const entry_t *)a)->name, ((const entry_t *)b)->name);
}

static void test_fd_readdir(__wasi_fd_t dir) {
    entry_t e[MAX_ENTRIES];
    int eof;
    __wasi_filestat_t dst;
    CHECK_OK(__wasi_fd_filestat_get(dir, &dst));

    int n = read_dir(dir, 0, e, &eof);
    CHECKF(eof, "expected to read the entire directory");
    qsort(e, (size_t)n, sizeof e[0], by_name);
    CHECK_EQ(n, 2);
    CHECK(strcmp(e[0].name, ".") == 0);
    CHECK_EQ(e[0].d.d_type, __WASI_FILETYPE_DIRECTORY);
    CHECK_EQ(e[0].d.d_ino, dst.ino);
    CHECK_EQ(e[0].d.d_namlen, 1);
    CHECK(strcmp(e[1].name, "..") == 0);
    CHECK_EQ(e[1].d.d_type, __WASI_FILETYPE_DIRECTORY);

    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, "file", __WASI_OFLAGS_CREAT,
                              __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_READDIR |
                                  __WASI_RIGHTS_FD_FILESTAT_GET,
                              0, 0, &fd));
    CHECK(fd > 2);
    __wasi_filestat_t fst;
    CHECK_OK(__wasi_fd_filestat_get(fd, &fst));
    CHECK_OK(__wasi_fd_close(fd));

    n = read_dir(dir, 0, e, &eof);
    CHECKF(eof, "expected to read the entire directory");
    CHECK_EQ(n, 3);
    __wasi_dircookie_t cookie = e[1].d.d_next; /* before sorting: position after the 2nd entry */
    char last_name[64];
    strcpy(last_name, e[2].name);
    qsort(e, (size_t)n, sizeof e[0], by_name);
    CHECK(strcmp(e[0].name, ".") == 0);
    CHECK(strcmp(e[1].name, "..") == 0);
    CHECK(strcmp(e[2].name, "file") == 0);
    CHECK_EQ(e[2].d.d_type, __WASI_FILETYPE_REGULAR_FILE);
    CHECK_EQ(e[2].d.d_ino, fst.ino);

    n = read_dir(dir, cookie, e, &eof);
    CHECKF(eof, "expected to read the entire directory");
    CHECK_EQ(n, 1);
    CHECKF(strcmp(e[0].name, last_name) == 0, "resumed at \"%s\", want \"%s\"", e[0].name, last_name);

    CHECK_OK(__wasi_path_unlink_file(dir, "file"));
}

/* "file.<i>" */
static void file_name(char *out, int i) {
    w4j_msg_t m = {.len = 0};
    w4j_msg_format(&m, "file.%d", i);
    memcpy(out, m.text, m.len);
    out[m.len] = 0;
}

static void test_fd_readdir_lots(__wasi_fd_t dir) {
    enum { N = 100 };
    char name[32];
    for (int i = 0; i < N; i++) {
        file_name(name, i);
        __wasi_fd_t fd;
        CHECK_OK(__wasi_path_open(dir, 0, name, __WASI_OFLAGS_CREAT,
                                  __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_READDIR |
                                      __WASI_RIGHTS_FD_FILESTAT_GET,
                                  0, 0, &fd));
        CHECK(fd > 2);
        CHECK_OK(__wasi_fd_close(fd));
    }

    entry_t e[MAX_ENTRIES];
    int total = 0, eof = 0, rounds = 0;
    __wasi_dircookie_t cookie = 0;
    for (;;) {
        int n = read_dir(dir, cookie, e, &eof);
        total += n;
        if (eof) break;
        CHECKF(n > 0, "a full buffer held no complete entry");
        cookie = e[n - 1].d.d_next;
        CHECKF(++rounds < 1000, "fd_readdir never reached the end");
    }
    CHECK_EQ(total, N + 2);

    for (int i = 0; i < N; i++) {
        file_name(name, i);
        CHECK_OK(__wasi_path_unlink_file(dir, name));
    }
}

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *name = "fd_readdir_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, name);
    test_fd_readdir(dir);
    test_fd_readdir_lots(dir);
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, name));
    return 0;
}
