/*
 * Port of wasi-testsuite C test lseek (root = fs-tests.dir; lseek.txt holds 8 bytes, byte 4 is '4').
 * stdio reads ahead; fflush() on a read stream seeks the fd back (fd_seek CUR with a
 * negative offset), so lseek(SEEK_CUR) reports the logical position.
 */
#include <unistd.h>
#include <stdio.h>
#include "wasi4j_test.h"

int main(void) {
    char buf[4];
    FILE *f = fopen("lseek.txt", "r");
    CHECK(f != NULL);
    int fd = fileno(f);

    CHECK_EQ(fread(buf, 1, 4, f), 4);
    fflush(f);
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 4);

    CHECK_EQ(fread(buf, 1, 1, f), 1);
    fflush(f);
    CHECK_EQ(lseek(fd, 0, SEEK_CUR), 5);
    CHECK_EQ(buf[0], '4');

    CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
    CHECK_EQ(lseek(fd, 0, SEEK_END), 8);
    fclose(f);
    return 0;
}
