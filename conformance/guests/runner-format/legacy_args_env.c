/*
 * runner-format: the legacy spec form with args, env, stdout and stderr.
 * Prints its arguments (after argv[0]) and its whole environment, so the spec's
 * expected stdout holds only if the runner passed exactly the json's args and env
 * (in order, nothing inherited), and its expected stderr only if stderr is captured.
 */
#include <stdio.h>

extern char **environ;

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 1; i < argc; i++) printf("arg %d: %s\n", i, argv[i]);
    int count = 0;
    for (char **e = environ; *e != NULL; e++, count++) printf("%s\n", *e);
    printf("env count=%d\n", count);
    fprintf(stderr, "stderr is compared too\n");
    return 0;
}
