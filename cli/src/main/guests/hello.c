// The example guest bundled in wasi4j.jar (run it as example:hello).
//
// Keeps a visit counter in DIR/visits.txt, where DIR is its first argument or
// /sandbox: reads the count if the file exists, writes it back plus one, and
// greets $NAME (or "world") with the new count. In an in-memory mount every run
// is the first visit; in a host directory (--dir) the count goes up.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "/sandbox";
  char path[4096];
  snprintf(path, sizeof path, "%s/visits.txt", dir);

  long visits = 0;
  FILE *in = fopen(path, "r");
  if (in != NULL) {
    if (fscanf(in, "%ld", &visits) != 1) {
      visits = 0;
    }
    fclose(in);
  }
  visits++;

  FILE *out = fopen(path, "w");
  if (out == NULL) {
    fprintf(stderr, "hello: cannot open %s for writing: %s\n", path, strerror(errno));
    return 1;
  }
  fprintf(out, "%ld\n", visits);
  if (fclose(out) != 0) {
    fprintf(stderr, "hello: cannot write %s: %s\n", path, strerror(errno));
    return 1;
  }

  const char *name = getenv("NAME");
  printf("Hello, %s! This is visit #%ld, counted in %s.\n", name ? name : "world", visits, path);
  return 0;
}
