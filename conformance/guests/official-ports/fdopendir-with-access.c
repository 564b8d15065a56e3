/*
 * Port of wasi-testsuite C test fdopendir-with-access (runs with root = fs-tests.dir).
 * readdir() over fopendir.dir must show exactly file-0 and file-1 besides
 * dot entries, and each entry's d_ino must equal fstatat(..., AT_SYMLINK_NOFOLLOW)'s
 * st_ino (fd_readdir's d_ino == path_filestat_get's ino), distinct per file.
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "wasi4j_test.h"

int main(void) {
    int seen[2] = {0, 0};
    ino_t ino[2] = {0, 0};

    int dfd = open("fopendir.dir", O_RDONLY | O_DIRECTORY);
    CHECK(dfd != -1);
    DIR *d = fdopendir(dfd);
    CHECK(d != NULL);

    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        int idx;
        if (strcmp(e->d_name, "file-0") == 0) idx = 0;
        else if (strcmp(e->d_name, "file-1") == 0) idx = 1;
        else FAIL("unexpected directory entry \"%s\"", e->d_name);
        seen[idx] = 1;
        ino[idx] = e->d_ino;

        struct stat st;
        CHECK(fstatat(dfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0);
        CHECKF(st.st_ino == e->d_ino, "%s: d_ino %llu but st_ino %llu", e->d_name,
               (unsigned long long)e->d_ino, (unsigned long long)st.st_ino);
    }
    CHECK(closedir(d) == 0);

    CHECK(seen[0] && seen[1]);
    CHECK(ino[0] != ino[1]);
    return 0;
}
