/* Port of wasi-testsuite AssemblyScript test fd_write-to-stdout: stdout must be exactly "hello". */
#include "wasi4j_test.h"

int main(void) {
    static const char msg[] = "hello";
    __wasi_ciovec_t iov = {.buf = (const uint8_t *)msg, .buf_len = 5};
    __wasi_size_t written = 0;
    CHECK_OK(__wasi_fd_write(1, &iov, 1, &written));
    CHECK_EQ(written, 5);
    return 0;
}
