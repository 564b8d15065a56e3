/* Port of wasi-testsuite C test clock_getres-monotonic: the monotonic clock has a resolution. */
#include <time.h>
#include "wasi4j_test.h"

int main(void) {
    struct timespec ts;
    CHECK(clock_getres(CLOCK_MONOTONIC, &ts) == 0);

    __wasi_timestamp_t res;
    CHECK_OK(__wasi_clock_res_get(__WASI_CLOCKID_MONOTONIC, &res));
    return 0;
}
