/*
 * Port of wasi-testsuite C test stat-dev-ino (root = fs-tests.dir).
 * Two different files in one directory: same st_dev, different st_ino.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "wasi4j_test.h"

int main(void) {
    int a = open("file", O_RDONLY);
    CHECK(a != -1);
    int b = open("lseek.txt", O_RDONLY);
    CHECK(b != -1);

    struct stat sa, sb;
    CHECK(fstat(a, &sa) == 0);
    CHECK(fstat(b, &sb) == 0);
    CHECK_EQ(sa.st_dev, sb.st_dev);
    CHECKF(sa.st_ino != sb.st_ino, "distinct files share st_ino %llu", (unsigned long long)sa.st_ino);
    return 0;
}
