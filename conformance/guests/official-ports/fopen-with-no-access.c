/*
 * Port of wasi-testsuite C test fopen-with-no-access (no json: nothing preopened).
 * With no preopens, wasi-libc finds no directory to resolve a relative path in
 * and fails with ENOTCAPABLE. For that, the runtime must answer fd_prestat_get(3)
 * with exactly BADF (any other error makes wasi-libc's startup abort with 71).
 */
#include <stdio.h>
#include "wasi4j_test.h"

int main(void) {
    __wasi_prestat_t st;
    CHECK_ERRNO(__wasi_fd_prestat_get(3, &st), __WASI_ERRNO_BADF);

    errno = 0;
    FILE *f = fopen("fs-tests.dir/file", "r");
    CHECK(f == NULL);
    CHECK_ERRNO(errno, ENOTCAPABLE);

    errno = 0;
    f = fopen("file", "r");
    CHECK(f == NULL);
    CHECK_ERRNO(errno, ENOTCAPABLE);
    return 0;
}
