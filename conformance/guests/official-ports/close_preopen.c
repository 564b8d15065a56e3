/*
 * Port of wasi-testsuite Rust test close_preopen (root = fs-tests.dir).
 * A preopened fd (3) can be closed; an fd opened from it stays usable; fd 3 is then BADF.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    const __wasi_fd_t pre = 3;
    CHECKF(dir > pre, "dir_fd %u is not above the preopen", (unsigned)dir);

    CHECK_OK(__wasi_fd_close(pre));

    __wasi_fdstat_t st;
    CHECK_OK(__wasi_fd_fdstat_get(dir, &st));
    CHECK_EQ(st.fs_filetype, __WASI_FILETYPE_DIRECTORY);

    CHECK_ERRNO(__wasi_fd_fdstat_get(pre, &st), __WASI_ERRNO_BADF);
    return 0;
}
