/*
 * Port of wasi-testsuite Rust test clock_time_get: precision 1 and 0 are both accepted,
 * and two monotonic reads are non-decreasing.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_timestamp_t t;
    CHECK_OK(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t));

    __wasi_timestamp_t first, second;
    CHECK_OK(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 0, &first));
    CHECK_OK(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 0, &second));
    CHECKF(first <= second, "CLOCK_MONOTONIC went backwards: %llu then %llu",
           (unsigned long long)first, (unsigned long long)second);
    return 0;
}
