/* Port of wasi-testsuite Rust test sched_yield. */
#include "wasi4j_test.h"

int main(void) {
    CHECK_OK(__wasi_sched_yield());
    return 0;
}
