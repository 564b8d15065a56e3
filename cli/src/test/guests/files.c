// A tiny file tool for the CLI's tests:
//   files write PATH TEXT   creates or replaces PATH with TEXT
//   files cat [PATH]        copies PATH (standard input without PATH) to standard output, byte for byte
// Failures print "files: ..." on standard error and exit 1.
#include <errno.h>
#include <stdio.h>
#include <string.h>

static int fail(const char *what, const char *path) {
  fprintf(stderr, "files: %s %s: %s\n", what, path, strerror(errno));
  return 1;
}

static int write_file(const char *path, const char *text) {
  FILE *out = fopen(path, "w");
  if (out == NULL) {
    return fail("cannot open", path);
  }
  fputs(text, out);
  return fclose(out) == 0 ? 0 : fail("cannot write", path);
}

static int cat(const char *path) {
  FILE *in = path == NULL ? stdin : fopen(path, "rb");
  if (in == NULL) {
    return fail("cannot open", path);
  }
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, in)) > 0) {
    if (fwrite(buffer, 1, n, stdout) != n) {
      return fail("cannot write", "standard output");
    }
  }
  return ferror(in) ? fail("cannot read", path == NULL ? "standard input" : path) : 0;
}

int main(int argc, char **argv) {
  if (argc == 4 && strcmp(argv[1], "write") == 0) {
    return write_file(argv[2], argv[3]);
  }
  if ((argc == 2 || argc == 3) && strcmp(argv[1], "cat") == 0) {
    return cat(argc == 3 ? argv[2] : NULL);
  }
  fprintf(stderr, "usage: files write PATH TEXT | files cat [PATH]\n");
  return 2;
}
