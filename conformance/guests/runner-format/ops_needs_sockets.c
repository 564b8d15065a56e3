/*
 * runner-format: a spec that requires the "sockets" proposal (and uses connect,
 * send and recv). wasi4j implements neither, so the runner must report the test
 * as skipped without running it; if it ever runs, it fails loudly.
 */
#include <stdio.h>

int main(void) {
    fprintf(stderr, "this test needs the sockets proposal; a runner without it must skip it\n");
    return 1;
}
