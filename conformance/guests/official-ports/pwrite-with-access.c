/*
 * Port of wasi-testsuite C test pwrite-with-access (root = fs-tests.dir with an existing
 * directory writeable/). pwrite at offsets, read back, remove.
 */
#include <fcntl.h>
#include <unistd.h>
#include <stdio.h>
#include "wasi4j_test.h"

static void pwrite_all(int fd, const char *data, int len, int offset) {
    int done = 0;
    while (done < len) {
        ssize_t n = pwrite(fd, data + done, (size_t)(len - done), offset + done);
        CHECKF(n > 0, "pwrite returned %zd", n);
        done += (int)n;
    }
}

int main(void) {
    const char *path = "writeable/test_pwrite_pread.txt.cleanup";
    const char *text = "very long text";
    const int text_len = (int)strlen(text);
    char buf[16];

    CHECK(access(path, F_OK) != 0); /* must not exist yet */

    int fd = open(path, O_WRONLY | O_CREAT, 0644);
    CHECK(fd > 0);
    pwrite_all(fd, text, text_len, 0);
    pwrite_all(fd, "test", 4, 3);
    CHECK(close(fd) == 0);

    fd = open(path, O_RDONLY);
    CHECK(fd > 0);
    int got = 0;
    ssize_t n;
    do {
        n = read(fd, buf + got, sizeof buf - (size_t)got);
        CHECKF(n > 0, "read returned %zd", n);
        got += (int)n;
    } while (got < text_len);
    CHECK_EQ(got, text_len);
    CHECK(memcmp(buf, "vertestng text", (size_t)text_len) == 0);
    CHECK(close(fd) == 0);

    CHECK(remove(path) == 0);
    return 0;
}
