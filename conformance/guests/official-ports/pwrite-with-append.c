/*
 * Port of wasi-testsuite C test pwrite-with-append (root = fs-tests.dir).
 * O_APPEND writes go to the end whatever the offset; pwrite does not move the
 * offset; with O_APPEND it may write at the given offset (POSIX) or at the end (Linux).
 */
#include <fcntl.h>
#include <unistd.h>
#include "wasi4j_test.h"

int main(void) {
    char buf[4] = {'a', 'b', 'c', 'd'};
    int fd = open("pwrite.cleanup", O_CREAT | O_TRUNC | O_WRONLY | O_APPEND, 0644);
    CHECK(fd != -1);

    CHECK_EQ(write(fd, buf, 2), 2);
    CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
    CHECK_EQ(write(fd, buf, 2), 2);
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 4);

    CHECK_EQ(pwrite(fd, buf, 3, 0), 3);
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 4);
    off_t end = lseek(fd, 0, SEEK_END);
    CHECKF(end == 4 || end == 7, "size after pwrite on an O_APPEND fd is %lld, want 4 or 7", (long long)end);
    close(fd);
    return 0;
}
