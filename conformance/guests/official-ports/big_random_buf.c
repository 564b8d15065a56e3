/* Port of wasi-testsuite Rust test big_random_buf: 1024 random bytes are not all zero. */
#include "wasi4j_test.h"

int main(void) {
    static uint8_t buf[1024];
    CHECK_OK(__wasi_random_get(buf, sizeof buf));
    int nonzero = 0;
    for (size_t i = 0; i < sizeof buf; i++) nonzero |= buf[i];
    CHECKF(nonzero, "random_get returned 1024 zero bytes");
    return 0;
}
