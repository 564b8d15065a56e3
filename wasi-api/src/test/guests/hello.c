// Prints its arguments and the environment variable GREETING, then exits with
// the number of arguments (so callers can check proc_exit codes).
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  const char *greeting = getenv("GREETING");
  printf("%s from a wasi4j guest\n", greeting ? greeting : "hello");
  for (int i = 0; i < argc; i++) {
    printf("argv[%d]=%s\n", i, argv[i]);
  }
  return argc > 1 ? argc - 1 : 0;
}
