/*
 * path_readlink: returns the link's contents as created (dangling, climbing out of the directory,
 * with "." / ".."; repeated and trailing '/' come back removed, a documented deviation of wasi4j's
 * java.nio links), writes only the bytes it reports (no NUL), truncates
 * silently to a short buffer; a link reached through an intermediate symlink; a link inside a
 * directory reached by "sub/..". Errors: INVAL for a file, a directory, "." and a trailing slash
 * through a link to a directory; NOTDIR for a trailing slash on a file or a link to a file; NOENT;
 * FAULT for a buffer or result outside memory (nothing written); the common path errors, NOTCAPABLE
 * without PATH_READLINK. Backends without symlinks (NOTSUP) run only the checks on other entries.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd, int32_t p, int32_t n) {
    char buf[16];
    __wasi_size_t used;
    return raw_readlink((int32_t)fd, p, n, P(buf), sizeof buf, P(&used));
}

static int rl(__wasi_fd_t dir, const char *path, char *buf, size_t cap, __wasi_size_t *used) {
    return __wasi_path_readlink(dir, path, (uint8_t *)buf, cap, used);
}

/* readlink(path) == want, and the byte after it in the buffer is untouched */
static void expect_link(int line, __wasi_fd_t dir, const char *path, const char *want) {
    char buf[64];
    memset(buf, '#', sizeof buf);
    __wasi_size_t used = 12345;
    ck_errno(line, rl(dir, path, buf, sizeof buf, &used), 0, -1);
    size_t n = strlen(want);
    ck_eq(line, used, n);
    ck_true(line, memcmp(buf, want, n) == 0 && buf[n] == '#');
}
#define EXPECT_LINK(dir, path, want) expect_link(__LINE__, dir, path, want)

int main(void) {
    const char *name = "path_readlink.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    fs_put(dir, "file", "abc");
    OK(__wasi_path_create_directory(dir, "sub"));
    char buf[64];
    __wasi_size_t used;

    /* not links */
    ERR(rl(dir, "file", buf, sizeof buf, &used), INVAL);
    ERR(rl(dir, "sub", buf, sizeof buf, &used), INVAL);
    ERR(rl(dir, "sub/", buf, sizeof buf, &used), INVAL);
    ERR(rl(dir, ".", buf, sizeof buf, &used), INVAL);
    ERR(rl(fs_root, "hello.txt", buf, sizeof buf, &used), INVAL);
    ERR(rl(dir, "file/", buf, sizeof buf, &used), NOTDIR);
    ERR(rl(dir, "missing", buf, sizeof buf, &used), NOENT);
    ERR(rl(dir, "missing/", buf, sizeof buf, &used), NOENT);
    ERR(rl(dir, "sub/missing", buf, sizeof buf, &used), NOENT);
    FS_PATH_ERRORS(op, dir, R(PATH_READLINK), "file");

    if (fs_symlink("file", dir, "link")) {
        EXPECT_LINK(dir, "link", "file");
        EXPECT_LINK(dir, "./sub/../link", "file");
        const char *targets[] = {"nowhere", "../../outside", "..", "x y\tz", "\xc3\xa9t\xc3\xa9"};
        for (unsigned i = 0; i < sizeof targets / sizeof *targets; i++) {
            T(fs_symlink(targets[i], dir, "t"));
            EXPECT_LINK(dir, "t", targets[i]);
            OK(__wasi_path_unlink_file(dir, "t"));
        }
        /* A documented wasi4j deviation: links are made through java.nio Paths, which drop
         * repeated and trailing '/' from the target text (on every backend), so these read back
         * normalized where Linux would keep the bytes. */
        const char *normalized[][2] = {{"sub/", "sub"}, {"./a/../b//c", "./a/../b/c"}};
        for (unsigned i = 0; i < sizeof normalized / sizeof *normalized; i++) {
            T(fs_symlink(normalized[i][0], dir, "t"));
            EXPECT_LINK(dir, "t", normalized[i][1]);
            OK(__wasi_path_unlink_file(dir, "t"));
        }
        /* a link in a subdirectory, reached through another link */
        T(fs_symlink("../file", dir, "sub/up"));
        EXPECT_LINK(dir, "sub/up", "../file");
        T(fs_symlink("sub", dir, "to_sub"));
        EXPECT_LINK(dir, "to_sub", "sub");
        EXPECT_LINK(dir, "to_sub/up", "../file");
        /* a trailing slash follows the link: to a directory INVAL, to a file NOTDIR */
        ERR(rl(dir, "to_sub/", buf, sizeof buf, &used), INVAL);
        ERR(rl(dir, "link/", buf, sizeof buf, &used), NOTDIR);

        /* short buffers truncate silently and write nothing past their end */
        T(fs_symlink("0123456789", dir, "long"));
        memset(buf, '#', sizeof buf);
        OK(rl(dir, "long", buf, 4, &used));
        EQ(used, 4);
        T(memcmp(buf, "0123#", 5) == 0);
        OK(rl(dir, "long", buf, 10, &used));
        EQ(used, 10);
        T(buf[10] == '#');
        memset(buf, '#', sizeof buf);
        OK(rl(dir, "long", buf, 1, &used));
        EQ(used, 1);
        T(buf[0] == '0' && buf[1] == '#');

        /* FAULT: buffer or result outside memory */
        ERR(rl(dir, "long", (char *)(uintptr_t)BAD_PTR, 10, &used), FAULT);
        ERR(rl(dir, "long", (char *)(uintptr_t)(mem_end() - 4), 10, &used), FAULT);
        ERR(rl(dir, "long", buf, sizeof buf, (__wasi_size_t *)(uintptr_t)BAD_PTR), FAULT);
        char *tail = (char *)(uintptr_t)(mem_end() - 8);
        memset(tail, '#', 8);
        ERR(rl(dir, "long", tail, 10, &used), FAULT);
        for (int i = 0; i < 8; i++) EQ(tail[i], '#');

        const char *links[] = {"link", "sub/up", "to_sub", "long"};
        for (unsigned i = 0; i < sizeof links / sizeof *links; i++) OK(__wasi_path_unlink_file(dir, links[i]));
    }

    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}
