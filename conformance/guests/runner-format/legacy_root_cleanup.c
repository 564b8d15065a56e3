/*
 * runner-format: "root" is root.dir, preopened as "/", and *.cleanup artifacts.
 * The guest fails when artifacts of an earlier run (or leftovers planted in root.dir)
 * are still there: the runner must delete every *.cleanup file and directory before
 * the test. It then leaves new artifacts behind (a file, and a directory tree), which
 * the runner must delete after the test so the next run starts clean again.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const artifacts[] = {"/x.cleanup", "/made.cleanup", "/leftover.cleanup"};

int main(void) {
    int failures = 0;
    for (size_t i = 0; i < sizeof artifacts / sizeof artifacts[0]; i++) {
        struct stat st;
        if (stat(artifacts[i], &st) == 0) {
            fprintf(stderr, "%s is present: the runner did not clean up *.cleanup artifacts\n",
                    artifacts[i]);
            failures++;
        } else if (errno != ENOENT) {
            fprintf(stderr, "stat %s: %s\n", artifacts[i], strerror(errno));
            failures++;
        }
    }
    if (access("/keep.txt", R_OK) != 0) {
        perror("/keep.txt (root.dir is not the guest's /)");
        failures++;
    }
    if (failures != 0) return 1;

    FILE *f = fopen("/x.cleanup", "w");
    if (f == NULL || fputs("artifact\n", f) < 0 || fclose(f) != 0) {
        perror("/x.cleanup");
        return 1;
    }
    if (mkdir("/made.cleanup", 0755) != 0 || mkdir("/made.cleanup/nested", 0755) != 0) {
        perror("mkdir /made.cleanup/nested");
        return 1;
    }
    f = fopen("/made.cleanup/nested/file", "w");
    if (f == NULL || fclose(f) != 0) {
        perror("/made.cleanup/nested/file");
        return 1;
    }
    return 0;
}
