/* Port of wasi-testsuite C test pread-with-access (root = fs-tests.dir; pread.txt = "pread-test"). */
#include <fcntl.h>
#include <unistd.h>
#include "wasi4j_test.h"

int main(void) {
    const char *want = "d-t";
    const int want_len = (int)strlen(want);
    char buf[16];
    int got = 0;

    int fd = open("pread.txt", O_RDONLY);
    CHECK(fd > 0);
    do {
        ssize_t n = pread(fd, buf + got, (size_t)(want_len - got), 4 + got);
        CHECKF(n > 0, "pread returned %zd", n);
        got += (int)n;
    } while (got < want_len);
    CHECK(memcmp(buf, want, (size_t)want_len) == 0);
    CHECK(close(fd) == 0);
    return 0;
}
