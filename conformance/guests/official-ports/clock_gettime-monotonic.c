/*
 * Port of wasi-testsuite C test clock_gettime-monotonic.
 * Two back-to-back reads of CLOCK_MONOTONIC must be STRICTLY increasing
 * (the original compares tv_nsec with '<' when the seconds are equal).
 */
#include <time.h>
#include "wasi4j_test.h"

int main(void) {
    struct timespec a, b;
    CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
    CHECK(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
    if (a.tv_sec == b.tv_sec)
        CHECKF(a.tv_nsec < b.tv_nsec, "monotonic clock did not advance: %ld.%09ld then %ld.%09ld",
               (long)a.tv_sec, a.tv_nsec, (long)b.tv_sec, b.tv_nsec);
    else
        CHECK(a.tv_sec < b.tv_sec);

    /* The same property at the syscall level. */
    __wasi_timestamp_t t1, t2;
    CHECK_OK(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t1));
    CHECK_OK(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t2));
    CHECKF(t1 < t2, "monotonic clock did not advance: %llu then %llu",
           (unsigned long long)t1, (unsigned long long)t2);
    return 0;
}
