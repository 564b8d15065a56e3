// Exercises the common file operations through wasi-libc under the preopen /sandbox.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: %s (errno %d %s)\n", __FILE__, __LINE__, #c, errno, strerror(errno)); return 1; } } while (0)

int main(void) {
  CHECK(mkdir("/sandbox/dir", 0755) == 0);
  FILE *f = fopen("/sandbox/dir/file.txt", "w");
  CHECK(f != NULL);
  CHECK(fputs("hello file\n", f) >= 0);
  CHECK(fclose(f) == 0);
  char buf[64] = {0};
  f = fopen("/sandbox/dir/file.txt", "r");
  CHECK(f != NULL);
  CHECK(fgets(buf, sizeof buf, f) != NULL);
  CHECK(strcmp(buf, "hello file\n") == 0);
  fclose(f);
  struct stat st;
  CHECK(stat("/sandbox/dir/file.txt", &st) == 0);
  CHECK(st.st_size == 11);
  CHECK(S_ISREG(st.st_mode));
  CHECK(symlink("file.txt", "/sandbox/dir/link") == 0);
  char target[64] = {0};
  CHECK(readlink("/sandbox/dir/link", target, sizeof target) == 8);
  CHECK(lstat("/sandbox/dir/link", &st) == 0 && S_ISLNK(st.st_mode));
  CHECK(stat("/sandbox/dir/link", &st) == 0 && S_ISREG(st.st_mode));
  CHECK(rename("/sandbox/dir/file.txt", "/sandbox/dir/moved.txt") == 0);
  DIR *d = opendir("/sandbox/dir");
  CHECK(d != NULL);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    printf("%s\n", e->d_name);
    n++;
  }
  closedir(d);
  CHECK(n == 4);
  CHECK(open("/sandbox/../etc/passwd", O_RDONLY) < 0);
  CHECK(symlink("../../../../etc", "/sandbox/escape") == 0);
  CHECK(open("/sandbox/escape/passwd", O_RDONLY) < 0);
  CHECK(errno == ENOTCAPABLE || errno == EPERM);
  CHECK(unlink("/sandbox/dir/link") == 0);
  CHECK(unlink("/sandbox/dir/moved.txt") == 0);
  CHECK(rmdir("/sandbox/dir") == 0);
  puts("ok");
  return 0;
}
