/*
 * runner-format: the older "dirs" key. {"dirs": ["root.dir"]} preopens the test's
 * root.dir under its own name "root.dir" (not as "/"), and it is the only preopen.
 * Paths like "root.dir/keep.txt" then resolve through that preopen.
 */
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

int main(void) {
    __wasi_prestat_t prestat;
    __wasi_errno_t err = __wasi_fd_prestat_get(3, &prestat);
    if (err != 0 || prestat.tag != __WASI_PREOPENTYPE_DIR) {
        fprintf(stderr, "fd 3 is not a preopened directory (errno %d)\n", err);
        return 1;
    }
    char name[64] = {0};
    size_t len = prestat.u.dir.pr_name_len;
    if (len >= sizeof name || __wasi_fd_prestat_dir_name(3, (uint8_t *)name, len) != 0) {
        fprintf(stderr, "cannot read the name of preopen 3\n");
        return 1;
    }
    if (strcmp(name, "root.dir") != 0) {
        fprintf(stderr, "preopen 3 is named \"%s\", want \"root.dir\"\n", name);
        return 1;
    }
    if (__wasi_fd_prestat_get(4, &prestat) != __WASI_ERRNO_BADF) {
        fprintf(stderr, "fd 4 is preopened too; \"dirs\" names one directory\n");
        return 1;
    }
    FILE *keep = fopen("root.dir/keep.txt", "r");
    char line[64] = {0};
    if (keep == NULL || fgets(line, sizeof line, keep) == NULL) {
        perror("root.dir/keep.txt");
        return 1;
    }
    fclose(keep);
    if (strcmp(line, "kept\n") != 0) {
        fprintf(stderr, "root.dir/keep.txt holds \"%s\", want \"kept\\n\"\n", line);
        return 1;
    }
    return 0;
}
