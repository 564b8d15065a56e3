/*
 * Port of wasi-testsuite AssemblyScript test fd_write-to-invalid-fd.
 * fd -31337 reaches the host as the u32 4294935959; with zero iovecs the result is BADF.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_size_t written = 0;
    __wasi_fd_t fd = (__wasi_fd_t)-31337;
    CHECK_ERRNO(__wasi_fd_write(fd, NULL, 0, &written), __WASI_ERRNO_BADF);
    return 0;
}
