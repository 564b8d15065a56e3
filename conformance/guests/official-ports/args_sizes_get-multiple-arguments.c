/* Port of wasi-testsuite AssemblyScript test args_sizes_get-multiple-arguments (3 json args + argv[0]). */
#include "wasi4j_test.h"

int main(void) {
    __wasi_size_t argc = 0, buf_size = 0;
    CHECK_OK(__wasi_args_sizes_get(&argc, &buf_size));
    CHECK_EQ(argc, 4);
    return 0;
}
