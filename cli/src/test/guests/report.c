// Prints what a WASI command sees of its invocation: every argument as
// "argv[i]=..." and every environment variable as "env: NAME=VALUE", in order.
// Exits with the value of $EXIT_CODE when it is set, through exit() (proc_exit).
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(int argc, char **argv) {
  for (int i = 0; i < argc; i++) {
    printf("argv[%d]=%s\n", i, argv[i]);
  }
  for (char **entry = environ; *entry != NULL; entry++) {
    printf("env: %s\n", *entry);
  }
  const char *code = getenv("EXIT_CODE");
  fflush(stdout);
  exit(code != NULL ? atoi(code) : 0);
}
