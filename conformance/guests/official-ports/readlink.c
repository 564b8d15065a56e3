/*
 * Port of wasi-testsuite Rust test readlink (root = fs-tests.dir).
 * path_readlink returns the target's byte count without a NUL and leaves the rest of the
 * buffer untouched; a too-small buffer gets the truncated prefix and its length (no error).
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t root = w4j_root_dir();
    const char *dname = "readlink_dir.cleanup";
    __wasi_fd_t dir = w4j_create_tmp_dir(root, dname);

    w4j_create_file(dir, "target");
    CHECK_OK(__wasi_path_symlink("target", dir, "symlink"));

    uint8_t buf[10] = {0};
    __wasi_size_t used = 0;
    CHECK_OK(__wasi_path_readlink(dir, "symlink", buf, sizeof buf, &used));
    CHECK_EQ(used, 6);
    CHECK(memcmp(buf, "target", 6) == 0);
    for (int i = 6; i < 10; i++) CHECKF(buf[i] == 0, "byte %d past the link text was written", i);

    uint8_t small[4] = {0};
    CHECK_OK(__wasi_path_readlink(dir, "symlink", small, sizeof small, &used));
    CHECK_EQ(used, 4);
    CHECK(memcmp(small, "targ", 4) == 0);

    CHECK_OK(__wasi_path_unlink_file(dir, "target"));
    CHECK_OK(__wasi_path_unlink_file(dir, "symlink"));
    CHECK_OK(__wasi_fd_close(dir));
    CHECK_OK(__wasi_path_remove_directory(root, dname));
    return 0;
}
