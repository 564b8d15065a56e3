/* Port of wasi-testsuite AssemblyScript test random_get-zero-length: a zero-length request succeeds. */
#include "wasi4j_test.h"

int main(void) {
    static uint8_t buf[1];
    CHECK_OK(__wasi_random_get(buf, 0));
    return 0;
}
