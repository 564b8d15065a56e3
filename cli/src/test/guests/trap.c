// Writes a line to standard output and one to standard error, then traps
// (unreachable): the output must still reach the host before the trap is reported.
#include <stdio.h>

int main(void) {
  printf("before the trap\n");
  fflush(stdout);
  fprintf(stderr, "about to trap\n");
  __builtin_trap();
}
