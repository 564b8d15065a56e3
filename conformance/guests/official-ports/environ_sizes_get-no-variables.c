/* Port of wasi-testsuite AssemblyScript test environ_sizes_get-no-variables: the host environment is not inherited. */
#include "wasi4j_test.h"

int main(void) {
    __wasi_size_t count = 0, buf_size = 0;
    CHECK_OK(__wasi_environ_sizes_get(&count, &buf_size));
    CHECK_EQ(count, 0);
    return 0;
}
