/*
 * Writes a line to stderr, then traps (unreachable), as a failed assertion in Rust or
 * AssemblyScript guests does: there is no exit code to compare.
 */
#include <stdio.h>

int main(void) {
    fprintf(stderr, "about to trap\n");
    fflush(stderr);
    __builtin_trap();
}
