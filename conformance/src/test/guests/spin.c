/*
 * Never ends: a pure compute loop with no host calls, for the runner's timeout test.
 * Only the engine's own interruption checks can stop it.
 */
#include <stdio.h>

int main(void) {
    printf("spinning\n");
    fflush(stdout);
    volatile unsigned long counter = 0;
    for (;;) counter++;
}
