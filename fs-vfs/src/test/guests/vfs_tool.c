// The guest of the fs-vfs guest-level tests: reads commands from stdin, one per
// line, fields separated by TABs (names may hold spaces), runs each through
// wasi-libc and prints its result; the last line of every command is
//   OK [detail]            it succeeded
//   ERR <errno> <step>     it failed with that WASI errno at that step
// Commands (paths are guest paths, e.g. /archive/données/日本.txt):
//   list DIR            every entry below DIR, recursively, one line each before
//                       the OK: "D\t<rel>" for a directory, "F\t<rel>\t<st_size>"
//                       for a file, "O\t<rel>\t<d_type>" for anything else
//   mirror DIR DST      the same, also recreating the tree below DST (which must
//                       exist): directories made, files copied, their lines
//                       "F\t<rel>\t<st_size>\t<bytes copied>"
//   hash FILE           read FILE to its end: "OK <bytes read> <sha256>"
//   copy SRC DST        copy SRC to DST (O_CREAT|O_TRUNC); "OK <bytes>"
//   write PATH TEXT     O_WRONLY|O_CREAT|O_TRUNC, then write TEXT
//   append PATH TEXT    O_WRONLY|O_CREAT|O_APPEND, then write TEXT
//   create PATH         O_WRONLY|O_CREAT|O_EXCL, nothing written
//   overwrite PATH TEXT O_WRONLY (no truncation), write TEXT at offset 0 with a
//                       raw fd_write (errors are WASI's errno, not wasi-libc's)
//   openrw PATH         O_RDWR, then close
//   truncate PATH N     truncate(2)
//   utimes PATH         set both times to 1000000000 s
//   mkdir/rmdir/unlink PATH, rename OLD NEW, symlink TARGET PATH, link OLD NEW
// Every read and copy goes through one 64 KiB buffer, so the guest's memory
// stays small whatever the file's size.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>

// ---- SHA-256 (FIPS 180-4) ----
typedef struct {
  uint32_t h[8];
  uint8_t block[64];
  size_t used;
  uint64_t length;
} sha256;

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha256_init(sha256 *s) {
  static const uint32_t H0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  memcpy(s->h, H0, sizeof H0);
  s->used = 0;
  s->length = 0;
}

static void sha256_block(sha256 *s, const uint8_t *p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3];
  uint32_t e = s->h[4], f = s->h[5], g = s->h[6], h = s->h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
    uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  s->h[0] += a; s->h[1] += b; s->h[2] += c; s->h[3] += d;
  s->h[4] += e; s->h[5] += f; s->h[6] += g; s->h[7] += h;
}

static void sha256_update(sha256 *s, const uint8_t *p, size_t n) {
  s->length += n;
  if (s->used) {
    while (n && s->used < 64) { s->block[s->used++] = *p++; n--; }
    if (s->used < 64) return;
    sha256_block(s, s->block);
    s->used = 0;
  }
  for (; n >= 64; p += 64, n -= 64) sha256_block(s, p);
  memcpy(s->block, p, n);
  s->used = n;
}

static void sha256_hex(sha256 *s, char hex[65]) {
  uint64_t bits = s->length * 8;
  uint8_t pad = 0x80;
  sha256_update(s, &pad, 1);
  pad = 0;
  while (s->used != 56) sha256_update(s, &pad, 1);
  uint8_t len[8];
  for (int i = 0; i < 8; i++) len[i] = (uint8_t)(bits >> (56 - 8 * i));
  sha256_update(s, len, 8);
  for (int i = 0; i < 8; i++) snprintf(hex + 8 * i, 9, "%08x", s->h[i]);
}

// ---- commands ----
static uint8_t buffer[64 * 1024];
static char detail[256];

// Failure: sets the step's name and returns errno.
static const char *failed_step;
static int fail(const char *step) {
  failed_step = step;
  return errno;
}

static int hash_file(const char *path, long long *bytes, char hex[65]) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return fail("open");
  sha256 s;
  sha256_init(&s);
  *bytes = 0;
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0) {
      int e = fail("read");
      close(fd);
      return e;
    }
    if (n == 0) break;
    sha256_update(&s, buffer, (size_t)n);
    *bytes += n;
  }
  if (close(fd)) return fail("close");
  sha256_hex(&s, hex);
  return 0;
}

static int write_all(int fd, const void *data, size_t n) {
  const uint8_t *p = data;
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w < 0) return fail("write");
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

static int open_and_write(const char *path, int flags, const char *text) {
  int fd = open(path, flags, 0644);
  if (fd < 0) return fail("open");
  int e = text ? write_all(fd, text, strlen(text)) : 0;
  if (close(fd) && !e) e = fail("close");
  return e;
}

// Opens PATH O_WRONLY, without truncating, and writes TEXT at offset 0 with a
// raw fd_write: wasi-libc's write() would report ENOTCAPABLE as EBADF.
static int overwrite(const char *path, const char *text) {
  int fd = open(path, O_WRONLY);
  if (fd < 0) return fail("open");
  __wasi_ciovec_t iov = {(const uint8_t *)text, strlen(text)};
  __wasi_size_t written;
  __wasi_errno_t e = __wasi_fd_write((__wasi_fd_t)fd, &iov, 1, &written);
  if (e) failed_step = "fd_write";
  if (close(fd) && !e) e = fail("close");
  return e;
}

static int copy(const char *from, const char *to) {
  int in = open(from, O_RDONLY);
  if (in < 0) return fail("open-source");
  int out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out < 0) {
    int e = fail("open-target");
    close(in);
    return e;
  }
  long long total = 0;
  int e = 0;
  for (;;) {
    ssize_t n = read(in, buffer, sizeof buffer);
    if (n < 0) {
      e = fail("read");
      break;
    }
    if (n == 0) break;
    if ((e = write_all(out, buffer, (size_t)n))) break;
    total += n;
  }
  close(in);
  if (close(out) && !e) e = fail("close");
  snprintf(detail, sizeof detail, "%lld", total);
  return e;
}

// Lists the tree below src/rel; with a dst, also recreates it below dst/rel,
// directories made and files copied.
static int mirror(const char *src, const char *dst, const char *rel) {
  char dir[1024];
  snprintf(dir, sizeof dir, "%s%s%s", src, *rel ? "/" : "", rel);
  DIR *d = opendir(dir);
  if (!d) return fail("opendir");
  struct dirent *entry;
  int result = 0;
  errno = 0;
  while (result == 0 && (entry = readdir(d)) != NULL) {
    if (!strcmp(entry->d_name, ".") || !strcmp(entry->d_name, "..")) continue;
    char child[1024], from[1024], to[1024];
    snprintf(child, sizeof child, "%s%s%s", rel, *rel ? "/" : "", entry->d_name);
    snprintf(from, sizeof from, "%s/%s", src, child);
    snprintf(to, sizeof to, "%s/%s", dst, child);
    if (entry->d_type == DT_DIR) {
      printf("D\t%s\n", child);
      if (*dst && mkdir(to, 0755)) result = fail("mkdir");
      if (result == 0) result = mirror(src, dst, child);
    } else if (entry->d_type == DT_REG) {
      struct stat st;
      if (stat(from, &st)) {
        result = fail("stat");
      } else if (*dst) {
        result = copy(from, to);
        if (result == 0) printf("F\t%s\t%lld\t%s\n", child, (long long)st.st_size, detail);
      } else {
        printf("F\t%s\t%lld\n", child, (long long)st.st_size);
      }
    } else {
      printf("O\t%s\t%d\n", child, entry->d_type);
    }
    errno = 0;
  }
  if (result == 0 && errno) result = fail("readdir");
  closedir(d);
  detail[0] = 0;
  return result;
}

static int run(char *cmd, char *a, char *b) {
  detail[0] = 0;
  failed_step = cmd;
  errno = 0;
  if (!strcmp(cmd, "list")) return mirror(a, "", "");
  if (!strcmp(cmd, "mirror")) return mirror(a, b, "");
  if (!strcmp(cmd, "hash")) {
    long long bytes;
    char hex[65];
    int e = hash_file(a, &bytes, hex);
    if (!e) snprintf(detail, sizeof detail, "%lld %s", bytes, hex);
    return e;
  }
  if (!strcmp(cmd, "copy")) return copy(a, b);
  if (!strcmp(cmd, "write")) return open_and_write(a, O_WRONLY | O_CREAT | O_TRUNC, b);
  if (!strcmp(cmd, "append")) return open_and_write(a, O_WRONLY | O_CREAT | O_APPEND, b);
  if (!strcmp(cmd, "create")) return open_and_write(a, O_WRONLY | O_CREAT | O_EXCL, NULL);
  if (!strcmp(cmd, "overwrite")) return overwrite(a, b);
  if (!strcmp(cmd, "openrw")) return open_and_write(a, O_RDWR, NULL);
  if (!strcmp(cmd, "truncate")) return truncate(a, atoll(b)) ? errno : 0;
  if (!strcmp(cmd, "utimes")) {
    struct timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
    return utimensat(AT_FDCWD, a, times, 0) ? errno : 0;
  }
  if (!strcmp(cmd, "mkdir")) return mkdir(a, 0755) ? errno : 0;
  if (!strcmp(cmd, "rmdir")) return rmdir(a) ? errno : 0;
  if (!strcmp(cmd, "unlink")) return unlink(a) ? errno : 0;
  if (!strcmp(cmd, "rename")) return rename(a, b) ? errno : 0;
  if (!strcmp(cmd, "symlink")) return symlink(a, b) ? errno : 0;
  if (!strcmp(cmd, "link")) return link(a, b) ? errno : 0;
  failed_step = "unknown-command";
  return EINVAL;
}

static char line[64 * 1024];

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = 0;
    if (!*line) continue;
    char *cmd = line, *a = "", *b = "";
    char *tab = strchr(cmd, '\t');
    if (tab) {
      *tab = 0;
      a = tab + 1;
      if ((tab = strchr(a, '\t'))) {
        *tab = 0;
        b = tab + 1;
      }
    }
    int e = run(cmd, a, b);
    if (e) printf("ERR %d %s\n", e, failed_step);
    else printf(detail[0] ? "OK %s\n" : "OK\n", detail);
  }
  return 0;
}
