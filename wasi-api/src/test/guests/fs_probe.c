// A scriptable file-system probe: reads one command per line from stdin, runs
// it through wasi-libc, and prints one result line per command:
//   OK [detail]      the operation succeeded (detail: bytes read, names, ...)
//   ERR <errno>      it failed with that WASI errno number
// Commands (paths are guest paths, e.g. /sandbox/a/b):
//   read PATH              open O_RDONLY, print the content (up to 4 KiB)
//   readnf PATH            same with O_NOFOLLOW
//   write PATH TEXT        open O_WRONLY|O_CREAT|O_TRUNC and write TEXT
//   stat PATH | lstat PATH print type, size and inode
//   mkdir PATH | rmdir PATH | unlink PATH
//   symlink TARGET PATH | link OLD NEW | rename OLD NEW | readlink PATH
//   list PATH              the sorted-by-readdir entry names
//   repeat N CMD...        run CMD N times, print "OK ok=A err=B" and the
//                          distinct outputs of the successful runs
// Used by the sandbox-escape tests, which decide what to try and check the
// host side afterwards.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char out[8192];

static int run(char *cmd, char *a, char *b) {
  out[0] = 0;
  if (!strcmp(cmd, "read") || !strcmp(cmd, "readnf")) {
    int fd = open(a, O_RDONLY | (cmd[4] == 'n' ? O_NOFOLLOW : 0));
    if (fd < 0) return errno;
    ssize_t n = read(fd, out, 4096);
    int e = errno;
    close(fd);
    if (n < 0) return e;
    out[n] = 0;
    return 0;
  }
  if (!strcmp(cmd, "write")) {
    int fd = open(a, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return errno;
    ssize_t n = write(fd, b, strlen(b));
    int e = errno;
    close(fd);
    return n < 0 ? e : 0;
  }
  if (!strcmp(cmd, "stat") || !strcmp(cmd, "lstat")) {
    struct stat st;
    if ((cmd[0] == 'l' ? lstat(a, &st) : stat(a, &st)) != 0) return errno;
    snprintf(out, sizeof out, "%s size=%lld ino=%llu",
             S_ISDIR(st.st_mode) ? "dir" : S_ISLNK(st.st_mode) ? "link" : S_ISREG(st.st_mode) ? "file" : "other",
             (long long)st.st_size, (unsigned long long)st.st_ino);
    return 0;
  }
  if (!strcmp(cmd, "mkdir")) return mkdir(a, 0755) ? errno : 0;
  if (!strcmp(cmd, "rmdir")) return rmdir(a) ? errno : 0;
  if (!strcmp(cmd, "unlink")) return unlink(a) ? errno : 0;
  if (!strcmp(cmd, "symlink")) return symlink(a, b) ? errno : 0;
  if (!strcmp(cmd, "link")) return link(a, b) ? errno : 0;
  if (!strcmp(cmd, "rename")) return rename(a, b) ? errno : 0;
  if (!strcmp(cmd, "readlink")) {
    ssize_t n = readlink(a, out, sizeof out - 1);
    if (n < 0) return errno;
    out[n] = 0;
    return 0;
  }
  if (!strcmp(cmd, "list")) {
    DIR *d = opendir(a);
    if (!d) return errno;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
      strncat(out, e->d_name, sizeof out - strlen(out) - 2);
      strcat(out, " ");
    }
    closedir(d);
    return 0;
  }
  return EINVAL;
}

int main(void) {
  char line[4096];
  setvbuf(stdout, NULL, _IOLBF, 0);
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = 0;
    char *cmd = strtok(line, " ");
    if (!cmd) continue;
    if (!strcmp(cmd, "repeat")) {
      long n = atol(strtok(NULL, " "));
      char *c = strtok(NULL, " "), *a = strtok(NULL, " "), *b = strtok(NULL, "");
      long ok = 0, err = 0;
      char seen[4][256] = {{0}};
      int nseen = 0;
      for (long i = 0; i < n; i++) {
        if (run(c, a, b) == 0) {
          ok++;
          int known = 0;
          for (int j = 0; j < nseen; j++) known |= !strcmp(seen[j], out);
          if (!known && nseen < 4) strncpy(seen[nseen++], out, 255);
        } else {
          err++;
        }
      }
      printf("OK ok=%ld err=%ld", ok, err);
      for (int j = 0; j < nseen; j++) printf(" [%s]", seen[j]);
      printf("\n");
      continue;
    }
    char *a = strtok(NULL, " "), *b = strtok(NULL, "");
    int e = run(cmd, a ? a : "", b ? b : "");
    if (e) printf("ERR %d\n", e);
    else printf("OK %s\n", out);
  }
  return 0;
}
