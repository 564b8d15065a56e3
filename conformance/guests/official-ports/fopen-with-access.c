/* Port of wasi-testsuite C test fopen-with-access (root = fs-tests.dir): an existing file opens for reading. */
#include <stdio.h>
#include "wasi4j_test.h"

int main(void) {
    FILE *f = fopen("file", "r");
    CHECK(f != NULL);
    CHECK(fclose(f) == 0);
    return 0;
}
