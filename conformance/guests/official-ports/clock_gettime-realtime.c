/* Port of wasi-testsuite C test clock_gettime-realtime: the realtime clock can be read. */
#include <time.h>
#include "wasi4j_test.h"

int main(void) {
    struct timespec ts;
    CHECK(clock_gettime(CLOCK_REALTIME, &ts) == 0);

    __wasi_timestamp_t now;
    CHECK_OK(__wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &now));
    return 0;
}
