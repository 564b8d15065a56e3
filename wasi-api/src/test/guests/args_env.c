// Echoes what wasi-libc made of args_get and environ_get: a line "<argc> <envc>",
// then every argv entry and every environ entry, each followed by a NUL byte, in
// order. NUL is the one byte no entry can hold, so any other text round-trips.
#include <stdio.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv) {
  int envc = 0;
  while (environ[envc]) envc++;
  printf("%d %d\n", argc, envc);
  for (int i = 0; i < argc; i++) fwrite(argv[i], 1, strlen(argv[i]) + 1, stdout);
  for (int i = 0; i < envc; i++) fwrite(environ[i], 1, strlen(environ[i]) + 1, stdout);
  return 0;
}
