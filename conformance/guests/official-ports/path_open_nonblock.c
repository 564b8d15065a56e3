/* Port of wasi-testsuite Rust test path_open_nonblock (root = fs-tests.dir): "." opens with FDFLAGS_NONBLOCK. */
#include "wasi4j_test.h"

int main(void) {
    __wasi_fd_t dir = w4j_root_dir();
    __wasi_fd_t fd;
    CHECK_OK(__wasi_path_open(dir, 0, ".", 0, 0, 0, __WASI_FDFLAGS_NONBLOCK, &fd));
    return 0;
}
