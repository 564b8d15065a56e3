/*
 * runner-format: the operation-based spec form. The spec runs this module twice
 * (run/read/read/wait, then run/read/wait) with different args, env and exit codes,
 * and reads stdout in two consecutive pieces, so each run must be a fresh guest
 * with its own output and each read must continue where the previous one stopped.
 * "root" is root.dir, preopened as "/": the guest reads /keep.txt through it.
 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "expected exactly one argument, got %d\n", argc - 1);
        return 1;
    }
    printf("run %s\n", argv[1]);
    FILE *keep = fopen("/keep.txt", "r");
    if (keep == NULL) {
        perror("/keep.txt");
        return 1;
    }
    char line[64] = {0};
    if (fgets(line, sizeof line, keep) == NULL) {
        fprintf(stderr, "/keep.txt is empty\n");
        return 1;
    }
    fclose(keep);
    printf("keep.txt: %s", line);
    fprintf(stderr, "stderr of run %s\n", argv[1]);
    const char *code = getenv("EXIT_CODE");
    return code == NULL ? 0 : atoi(code);
}
