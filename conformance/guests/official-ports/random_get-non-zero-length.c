/* Port of wasi-testsuite AssemblyScript test random_get-non-zero-length. */
#include "wasi4j_test.h"

int main(void) {
    static uint8_t buf[32];
    CHECK_OK(__wasi_random_get(buf, sizeof buf));
    return 0;
}
