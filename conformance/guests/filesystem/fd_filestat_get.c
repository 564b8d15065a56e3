/*
 * fd_filestat_get: the fixture's files and directories (type, size, nlink, dev shared with the
 * root, ino equal to path_filestat_get's), the preopen and a fresh descriptor of the root are the
 * same directory; a new file's size follows writes and truncation and its mtim is current; the
 * descriptor keeps describing its file after a rename (same ino, current times) and after an
 * unlink (size kept, nlink 0, as Linux reports). Writes exactly 64 bytes. Errors: FAULT for a result outside memory
 * (nothing written), NOTCAPABLE without FD_FILESTAT_GET (opened without it, or dropped), BADF for
 * closed / huge fds.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd) { return __wasi_fd_filestat_get(fd, &(__wasi_filestat_t){0}); }

int main(void) {
    const char *name = "fd_filestat_get.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    __wasi_fd_t root = fs_root;
    __wasi_filestat_t st, rst = fs_fstat(root);
    EQ(rst.filetype, FT_DIR);

    __wasi_fd_t fd = fs_open(root, "hello.txt", 0, R(FD_READ) | R(FD_FILESTAT_GET), 0);
    st = fs_fstat(fd);
    EQ(st.filetype, FT_FILE);
    EQ(st.size, 13);
    EQ(st.nlink, 1);
    EQ(st.dev, rst.dev);
    EQ(st.ino, fs_stat(root, "hello.txt", 0).ino);
    T(st.ino != rst.ino);
    OK(__wasi_fd_close(fd));
    fd = fs_open(root, "tree/sub", O_DIR, R(FD_FILESTAT_GET), 0);
    st = fs_fstat(fd);
    EQ(st.filetype, FT_DIR);
    EQ(st.ino, fs_stat(root, "tree/sub", 0).ino);
    EQ(st.dev, rst.dev);
    OK(__wasi_fd_close(fd));
    st = fs_fstat(fs_preopen());
    EQ(st.ino, rst.ino);
    EQ(st.dev, rst.dev);
    EQ(st.filetype, FT_DIR);

    /* a new file */
    __wasi_timestamp_t t0 = fs_now();
    fd = fs_open(dir, "file", O_CREAT, RW | R(FD_FILESTAT_SET_SIZE), 0);
    st = fs_fstat(fd);
    EQ(st.size, 0);
    EQ(st.nlink, 1);
    EQ(st.filetype, FT_FILE);
    fs_write(fd, "0123456789", 10);
    __wasi_timestamp_t t1 = fs_now();
    st = fs_fstat(fd);
    EQ(st.size, 10);
    RANGE(st.mtim, t0 - 2000000000ull, t1 + 2000000000ull);
    EQ(st.ino, fs_stat(dir, "file", 0).ino);
    OK(__wasi_fd_filestat_set_size(fd, 4));
    EQ(fs_fstat(fd).size, 4);

    /* exactly 64 bytes written */
    uint8_t raw[72];
    memset(raw, 0xAB, sizeof raw);
    OK(__wasi_fd_filestat_get(fd, (__wasi_filestat_t *)raw));
    for (int i = 64; i < 72; i++) EQ(raw[i], 0xAB);
    /* FAULT, nothing written */
    ERR(__wasi_fd_filestat_get(fd, (__wasi_filestat_t *)(uintptr_t)BAD_PTR), FAULT);
    uint8_t *tail = (uint8_t *)(uintptr_t)(mem_end() - 32);
    memset(tail, 0xAB, 32);
    ERR(__wasi_fd_filestat_get(fd, (__wasi_filestat_t *)tail), FAULT);
    for (int i = 0; i < 32; i++) EQ(tail[i], 0xAB);

    /* after a rename, after an unlink */
    __wasi_filestat_t before = fs_fstat(fd);
    OK(__wasi_path_rename(dir, "file", dir, "renamed"));
    st = fs_fstat(fd);
    EQ(st.ino, before.ino);
    EQ(st.size, 4);
    OK(__wasi_path_filestat_set_times(dir, 0, "renamed", 0, 1500000000456000000ull, __WASI_FSTFLAGS_MTIM));
    EQ(fs_fstat(fd).mtim, 1500000000456000000ull);
    OK(__wasi_path_unlink_file(dir, "renamed"));
    /* the position is still 10 (ftruncate does not move it): "xy" lands at 10..12 */
    fs_write(fd, "xy", 2);
    st = fs_fstat(fd);
    EQ(st.ino, before.ino);
    EQ(st.size, 12);
    EQ(st.nlink, 0);
    OK(__wasi_fd_close(fd));

    /* NOTCAPABLE */
    fd = fs_open(fs_root, "hello.txt", 0, R(FD_READ), 0);
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    fd = fs_open(fs_root, "hello.txt", 0, R(FD_READ) | R(FD_FILESTAT_GET), 0);
    fs_drop(fd, R(FD_FILESTAT_GET));
    ERR(op(fd), NOTCAPABLE);
    OK(__wasi_fd_close(fd));
    __wasi_fd_t d = fs_dir_without(dir, R(FD_FILESTAT_GET));
    ERR(op(d), NOTCAPABLE);
    OK(__wasi_fd_close(d));

    FS_BADF(op);
    fs_scratch_done(dir, name);
    return 0;
}
