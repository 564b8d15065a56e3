/*
 * fd_close: closes files and directories (later calls on the number are BADF, a second close is
 * BADF); another descriptor of the same file is unaffected; a file unlinked while open can be
 * closed; closing the preopen works, descriptors opened through it stay usable, and its number is
 * then BADF for fd_prestat_get and fd_close. Errors: BADF for closed and huge fds.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) { return __wasi_fd_close(fd); }

int main(void) {
    const char *name = "fd_close.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    char buf[8];

    __wasi_fd_t a = fs_file(dir, "file", "abc", RW);
    __wasi_fd_t b = fs_open(dir, "file", 0, RW, 0);
    OK(__wasi_fd_close(a));
    ERR(__wasi_fd_close(a), BADF);
    ERR(__wasi_fd_read(a, &(__wasi_iovec_t){(uint8_t *)buf, 1}, 1, &(__wasi_size_t){0}), BADF);
    ERR(__wasi_fd_fdstat_get(a, &(__wasi_fdstat_t){0}), BADF);
    EQ(fs_read(b, buf, sizeof buf), 3);
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_write(b, "d", 1);
    OK(__wasi_fd_close(b));
    ERR(__wasi_fd_close(b), BADF);

    __wasi_fd_t d = fs_open_dir(dir, ".");
    OK(__wasi_fd_close(d));
    ERR(__wasi_fd_readdir(d, (uint8_t *)buf, sizeof buf, 0, &(__wasi_size_t){0}), BADF);
    ERR(__wasi_path_create_directory(d, "x"), BADF);
    T(!fs_exists(dir, "x"));
    FS_BADF(op);

    /* the preopen */
    __wasi_fd_t pre = fs_preopen();
    OK(__wasi_fd_close(pre));
    ERR(__wasi_fd_prestat_get(pre, &(__wasi_prestat_t){0}), BADF);
    ERR(__wasi_fd_close(pre), BADF);
    EQ(fs_fstat(fs_root).filetype, FT_DIR);
    EQ(fs_stat(fs_root, "hello.txt", 0).size, 13);
    fs_put(dir, "after", "ok");
    fs_expect_content(dir, "after", "ok", 2);
    OK(__wasi_path_unlink_file(dir, "after"));

    fs_scratch_done(dir, name);
    return 0;
}
