/*
 * Port of wasi-testsuite AssemblyScript test args_get-multiple-arguments
 * (json args: first, the "second" arg, 3). argv[0] is the program name, so 4 entries;
 * args_get fills NUL-terminated strings into a buffer of args_sizes_get's size.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_size_t argc = 0, buf_size = 0;
    CHECK_OK(__wasi_args_sizes_get(&argc, &buf_size));
    CHECK_EQ(argc, 4);

    uint8_t **argv = calloc(argc, sizeof *argv);
    uint8_t *buf = calloc(buf_size ? buf_size : 1, 1);
    CHECK(argv != NULL && buf != NULL);
    CHECK_OK(__wasi_args_get(argv, buf));

    const char *want[] = {"first", "the \"second\" arg", "3"};
    for (__wasi_size_t i = 1; i < argc; i++) {
        const char *arg = (const char *)argv[i];
        CHECK(arg >= (const char *)buf && arg < (const char *)buf + buf_size);
        CHECKF(strcmp(arg, want[i - 1]) == 0, "argv[%u] is \"%s\", want \"%s\"", (unsigned)i, arg, want[i - 1]);
    }
    free(buf);
    free(argv);
    return 0;
}
