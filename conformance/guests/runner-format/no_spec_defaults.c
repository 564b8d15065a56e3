/*
 * runner-format: a test without a .json spec. The default spec means: no arguments
 * besides argv[0], an empty environment, nothing preopened, exit code 0 (stdout and
 * stderr unchecked). The guest checks those defaults itself and exits 1 on a deviation.
 */
#include <stdio.h>
#include <wasi/api.h>

extern char **environ;

int main(int argc, char **argv) {
    (void)argv;
    int failures = 0;
    if (argc != 1) {
        fprintf(stderr, "argc is %d, want 1 (argv[0] only)\n", argc);
        failures++;
    }
    if (environ != NULL && environ[0] != NULL) {
        fprintf(stderr, "environment is not empty: %s\n", environ[0]);
        failures++;
    }
    __wasi_prestat_t prestat;
    __wasi_errno_t err = __wasi_fd_prestat_get(3, &prestat);
    if (err != __WASI_ERRNO_BADF) {
        fprintf(stderr, "fd_prestat_get(3) returned %d, want BADF: something is preopened\n", err);
        failures++;
    }
    return failures == 0 ? 0 : 1;
}
