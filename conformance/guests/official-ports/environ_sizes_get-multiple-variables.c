/* Port of wasi-testsuite AssemblyScript test environ_sizes_get-multiple-variables (json env a=b, b=c, c=d). */
#include "wasi4j_test.h"

int main(void) {
    __wasi_size_t count = 0, buf_size = 0;
    CHECK_OK(__wasi_environ_sizes_get(&count, &buf_size));
    CHECK_EQ(count, 3);
    return 0;
}
