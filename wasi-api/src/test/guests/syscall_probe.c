// A scriptable probe of the raw preview 1 calls: each argument after argv[0] is one
// step, words separated by single spaces; each step makes its call(s) straight
// through <wasi/api.h> (no libc emulation in between) and reports one line:
//
//   <errno> [key=value ...]
//
// Reports go to descriptor 1 unless a `report FD` step chose another, so steps can
// close or renumber stdout and still be heard. No stdio: libc's buffering would hide
// which descriptor a byte went to. Numbers in steps may be decimal or 0x-hex.
//
// Steps (results after "->"):
//   fdstat FD                         -> type flags base inh
//   rights FD BASE INH                -> (fd_fdstat_set_rights)
//   flags FD FDFLAGS                  -> (fd_fdstat_set_flags)
//   drain FD                          -> reads to end of input, retrying EAGAIN: n again data
//   filestat FD                       -> type size
//   write FD TEXT...                  -> n              (TEXT is the rest of the step)
//   read FD MAX                       -> n data=[bytes, \n \\ \xNN escaped]
//   seek FD OFFSET WHENCE             -> pos
//   open DIRFD PATH OFLAGS BASE INH   -> fd             (follows symlinks, no fdflags)
//   mkdir DIRFD PATH                  -> (path_create_directory)
//   close FD | renumber FROM TO
//   prestat FD                        -> len name
//   sock_accept FD | sock_recv FD | sock_send FD | sock_shutdown FD
//   raise SIG | yield
//   time CLOCK | res CLOCK            -> t=... | r=...
//   series CLOCK N                    -> reads the clock N times: first last decreases
//   burn NS                           -> computes for NS nanoseconds of the monotonic clock
//                                        (to make the CPU-time clocks move)
//   poll SUB...                       -> n elapsed, then e<i>=userdata:error:type:nbytes:flags
//        SUB: clock:ID:NS (relative) | abs:ID:NS (deadline = now + NS, also reports
//        late = clock after poll - deadline) | read:FD | write:FD; userdata = 100 + index
//   random LEN                        -> writes LEN bytes of random_get raw to the report fd
//                                        (no report line; a failure exits with 3)
//   cat CHUNK                         -> copies stdin to the report fd, reading CHUNK bytes at
//                                        a time, until end of input (no report line)
//   exit CODE                         -> proc_exit(CODE)
//   report FD                         -> (no line) later reports go to FD
#include <stdint.h>
#include <string.h>
#include <wasi/api.h>

// proc_raise is in the witx but wasi-libc's header dropped it.
__attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_raise")))
int32_t raw_proc_raise(int32_t sig);

static int report_fd = 1;
static char line[8192];
static size_t len;
static uint8_t data[2 * 1024 * 1024];

static void put(const char *s) {
  while (*s && len < sizeof line - 1) line[len++] = *s++;
}

static void put_u(uint64_t v) {
  char digits[21];
  int n = 0;
  do {
    digits[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  while (n && len < sizeof line - 1) line[len++] = digits[--n];
}

static void put_i(int64_t v) {
  if (v < 0) {
    put("-");
    put_u((uint64_t)0 - (uint64_t)v);
  } else {
    put_u((uint64_t)v);
  }
}

static void put_x(uint64_t v) {
  static const char hex[] = "0123456789abcdef";
  put("0x");
  int started = 0;
  for (int shift = 60; shift >= 0; shift -= 4) {
    int d = (int)((v >> shift) & 15);
    if (d || started || shift == 0) {
      started = 1;
      if (len < sizeof line - 1) line[len++] = hex[d];
    }
  }
}

static void key_u(const char *key, uint64_t v) {
  put(" ");
  put(key);
  put("=");
  put_u(v);
}

static void key_x(const char *key, uint64_t v) {
  put(" ");
  put(key);
  put("=");
  put_x(v);
}

static void write_all(int fd, const void *bytes, size_t n) {
  __wasi_ciovec_t iov = {bytes, n};
  __wasi_size_t written;
  if (__wasi_fd_write(fd, &iov, 1, &written) != 0 || written != n) {
    __wasi_proc_exit(120); // the report itself failed: nothing else can tell the test
  }
}

static void flush_line(void) {
  line[len++] = '\n';
  write_all(report_fd, line, len);
  len = 0;
}

// Parses a decimal or 0x-hex u64 (a leading '-' negates it, for seek offsets).
static uint64_t num(char **cursor) {
  char *c = *cursor;
  int negative = *c == '-';
  if (negative) c++;
  uint64_t v = 0;
  if (c[0] == '0' && c[1] == 'x') {
    for (c += 2;; c++) {
      int d = *c >= '0' && *c <= '9' ? *c - '0' : *c >= 'a' && *c <= 'f' ? *c - 'a' + 10 : -1;
      if (d < 0) break;
      v = v * 16 + (uint64_t)d;
    }
  } else {
    for (; *c >= '0' && *c <= '9'; c++) v = v * 10 + (uint64_t)(*c - '0');
  }
  *cursor = *c == ' ' ? c + 1 : c;
  return negative ? (uint64_t)0 - v : v;
}

static char *word(char **cursor) {
  char *start = *cursor;
  char *space = strchr(start, ' ');
  if (space) {
    *space = 0;
    *cursor = space + 1;
  } else {
    *cursor = start + strlen(start);
  }
  return start;
}

static uint64_t now(uint32_t clock) {
  __wasi_timestamp_t t = 0;
  if (__wasi_clock_time_get(clock, 1, &t) != 0) __wasi_proc_exit(121);
  return t;
}

static int poll(char *rest) {
  static __wasi_subscription_t subs[16];
  static __wasi_event_t events[16];
  uint64_t deadline[16];
  uint32_t deadline_clock[16];
  int n = 0;
  memset(subs, 0, sizeof subs);
  while (*rest && n < 16) {
    char *kind = word(&rest);
    char *colon = strchr(kind, ':');
    if (!colon) return -1;
    *colon = 0;
    char *args = colon + 1;
    __wasi_subscription_t *s = &subs[n];
    s->userdata = 100 + (uint64_t)n;
    deadline[n] = 0;
    deadline_clock[n] = 0;
    if (!strcmp(kind, "clock") || !strcmp(kind, "abs")) {
      for (char *c = args; *c; c++) if (*c == ':') *c = ' ';
      uint32_t id = (uint32_t)num(&args);
      uint64_t ns = num(&args);
      s->u.tag = __WASI_EVENTTYPE_CLOCK;
      s->u.u.clock.id = id;
      if (!strcmp(kind, "abs")) {
        deadline[n] = now(id) + ns;
        deadline_clock[n] = id;
        s->u.u.clock.timeout = deadline[n];
        s->u.u.clock.flags = __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME;
      } else {
        s->u.u.clock.timeout = ns;
      }
    } else if (!strcmp(kind, "read") || !strcmp(kind, "write")) {
      s->u.tag = kind[0] == 'r' ? __WASI_EVENTTYPE_FD_READ : __WASI_EVENTTYPE_FD_WRITE;
      s->u.u.fd_read.file_descriptor = (uint32_t)num(&args);
    } else {
      return -1;
    }
    n++;
  }
  memset(events, 0xEE, sizeof events); // so unwritten events cannot pass for real ones
  __wasi_size_t fired = 0;
  uint64_t start = now(__WASI_CLOCKID_MONOTONIC);
  __wasi_errno_t err = __wasi_poll_oneoff(subs, events, (__wasi_size_t)n, &fired);
  uint64_t end = now(__WASI_CLOCKID_MONOTONIC);
  put_u(err);
  if (err) return 0;
  key_u("n", fired);
  key_u("elapsed", end - start);
  for (int i = 0; i < n; i++) {
    if (subs[i].u.tag == __WASI_EVENTTYPE_CLOCK
        && subs[i].u.u.clock.flags == __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME) {
      put(" late=");
      put_i((int64_t)(now(deadline_clock[i]) - deadline[i]));
    }
  }
  for (__wasi_size_t i = 0; i < fired && i < 16; i++) {
    __wasi_event_t *e = &events[i];
    put(" e");
    put_u(i);
    put("=");
    put_u(e->userdata);
    put(":");
    put_u(e->error);
    put(":");
    put_u(e->type);
    put(":");
    put_u(e->fd_readwrite.nbytes);
    put(":");
    put_u(e->fd_readwrite.flags);
  }
  return 0;
}

// Runs one step; returns -1 when the step is not understood.
static int step(char *text) {
  char *rest = text;
  char *op = word(&rest);
  __wasi_errno_t err;
  if (!strcmp(op, "fdstat")) {
    __wasi_fdstat_t st;
    memset(&st, 0, sizeof st);
    err = __wasi_fd_fdstat_get((__wasi_fd_t)num(&rest), &st);
    put_u(err);
    if (!err) {
      key_u("type", st.fs_filetype);
      key_u("flags", st.fs_flags);
      key_x("base", st.fs_rights_base);
      key_x("inh", st.fs_rights_inheriting);
    }
  } else if (!strcmp(op, "flags")) {
    __wasi_fd_t fd = (__wasi_fd_t)num(&rest);
    put_u(__wasi_fd_fdstat_set_flags(fd, (__wasi_fdflags_t)num(&rest)));
  } else if (!strcmp(op, "drain")) {
    // Reads to the end of input, retrying (after sched_yield) while a read is EAGAIN.
    __wasi_fd_t fd = (__wasi_fd_t)num(&rest);
    size_t total = 0;
    uint64_t again = 0;
    err = 0;
    while (total < 4096) {
      __wasi_iovec_t iov = {data + total, 4096 - total};
      __wasi_size_t n = 0;
      err = __wasi_fd_read(fd, &iov, 1, &n);
      if (err == __WASI_ERRNO_AGAIN && again < 100000000) {
        again++;
        (void)__wasi_sched_yield();
        continue;
      }
      if (err || n == 0) break;
      total += n;
    }
    put_u(err);
    key_u("n", total);
    key_u("again", again);
    put(" data=[");
    for (size_t i = 0; i < total; i++) {
      char c[2] = {(char)data[i], 0};
      put(c);
    }
    put("]");
  } else if (!strcmp(op, "rights")) {
    __wasi_fd_t fd = (__wasi_fd_t)num(&rest);
    uint64_t base = num(&rest);
    uint64_t inh = num(&rest);
    put_u(__wasi_fd_fdstat_set_rights(fd, base, inh));
  } else if (!strcmp(op, "filestat")) {
    __wasi_filestat_t st;
    err = __wasi_fd_filestat_get((__wasi_fd_t)num(&rest), &st);
    put_u(err);
    if (!err) {
      key_u("type", st.filetype);
      key_u("size", st.size);
    }
  } else if (!strcmp(op, "write")) {
    __wasi_fd_t fd = (__wasi_fd_t)num(&rest);
    __wasi_ciovec_t iov = {(const uint8_t *)rest, strlen(rest)};
    __wasi_size_t n = 0;
    err = __wasi_fd_write(fd, &iov, 1, &n);
    put_u(err);
    if (!err) key_u("n", n);
  } else if (!strcmp(op, "read")) {
    __wasi_fd_t fd = (__wasi_fd_t)num(&rest);
    size_t max = (size_t)num(&rest);
    if (max > 4096) return -1;
    __wasi_iovec_t iov = {data, max};
    __wasi_size_t n = 0;
    err = __wasi_fd_read(fd, &iov, 1, &n);
    put_u(err);
    if (!err) {
      key_u("n", n);
      put(" data=[");
      for (size_t i = 0; i < n; i++) {
        uint8_t b = data[i];
        if (b == '\n') {
          put("\\n");
        } else if (b == '\\') {
          put("\\\\");
        } else if (b >= 0x20 && b < 0x7f) {
          char c[2] = {(char)b, 0};
          put(c);
        } else {
          static const char hex[] = "0123456789abcdef";
          char c[5] = {'\\', 'x', hex[b >> 4], hex[b & 15], 0};
          put(c);
        }
      }
      put("]");
    }
  } else if (!strcmp(op, "seek")) {
    __wasi_fd_t fd = (__wasi_fd_t)num(&rest);
    int64_t offset = (int64_t)num(&rest);
    uint8_t whence = (uint8_t)num(&rest);
    __wasi_filesize_t pos = 0;
    err = __wasi_fd_seek(fd, offset, whence, &pos);
    put_u(err);
    if (!err) key_u("pos", pos);
  } else if (!strcmp(op, "open")) {
    __wasi_fd_t dir = (__wasi_fd_t)num(&rest);
    char *path = word(&rest);
    __wasi_oflags_t oflags = (__wasi_oflags_t)num(&rest);
    uint64_t base = num(&rest);
    uint64_t inh = num(&rest);
    __wasi_fd_t fd = 0;
    err = __wasi_path_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, path, oflags, base, inh, 0, &fd);
    put_u(err);
    if (!err) key_u("fd", fd);
  } else if (!strcmp(op, "mkdir")) {
    __wasi_fd_t dir = (__wasi_fd_t)num(&rest);
    put_u(__wasi_path_create_directory(dir, word(&rest)));
  } else if (!strcmp(op, "close")) {
    put_u(__wasi_fd_close((__wasi_fd_t)num(&rest)));
  } else if (!strcmp(op, "renumber")) {
    __wasi_fd_t from = (__wasi_fd_t)num(&rest);
    put_u(__wasi_fd_renumber(from, (__wasi_fd_t)num(&rest)));
  } else if (!strcmp(op, "prestat")) {
    __wasi_fd_t fd = (__wasi_fd_t)num(&rest);
    __wasi_prestat_t pre;
    err = __wasi_fd_prestat_get(fd, &pre);
    if (!err) {
      char name[256];
      size_t n = pre.u.dir.pr_name_len < sizeof name - 1 ? pre.u.dir.pr_name_len : sizeof name - 1;
      err = __wasi_fd_prestat_dir_name(fd, (uint8_t *)name, n);
      name[n] = 0;
      put_u(err);
      key_u("len", pre.u.dir.pr_name_len);
      put(" name=");
      put(name);
    } else {
      put_u(err);
    }
  } else if (!strcmp(op, "sock_accept")) {
    __wasi_fd_t out = 0;
    put_u(__wasi_sock_accept((__wasi_fd_t)num(&rest), 0, &out));
  } else if (!strcmp(op, "sock_recv")) {
    __wasi_iovec_t iov = {data, 16};
    __wasi_size_t n;
    __wasi_roflags_t flags;
    put_u(__wasi_sock_recv((__wasi_fd_t)num(&rest), &iov, 1, 0, &n, &flags));
  } else if (!strcmp(op, "sock_send")) {
    __wasi_ciovec_t iov = {data, 16};
    __wasi_size_t n;
    put_u(__wasi_sock_send((__wasi_fd_t)num(&rest), &iov, 1, 0, &n));
  } else if (!strcmp(op, "sock_shutdown")) {
    __wasi_fd_t fd = (__wasi_fd_t)num(&rest);
    put_u(__wasi_sock_shutdown(fd, (__wasi_sdflags_t)num(&rest)));
  } else if (!strcmp(op, "raise")) {
    put_u((uint32_t)raw_proc_raise((int32_t)num(&rest)));
  } else if (!strcmp(op, "yield")) {
    put_u(__wasi_sched_yield());
  } else if (!strcmp(op, "time")) {
    __wasi_timestamp_t t = 0;
    err = __wasi_clock_time_get((__wasi_clockid_t)num(&rest), 1, &t);
    put_u(err);
    if (!err) key_u("t", t);
  } else if (!strcmp(op, "res")) {
    __wasi_timestamp_t r = 0;
    err = __wasi_clock_res_get((__wasi_clockid_t)num(&rest), &r);
    put_u(err);
    if (!err) key_u("r", r);
  } else if (!strcmp(op, "series")) {
    __wasi_clockid_t clock = (__wasi_clockid_t)num(&rest);
    uint64_t count = num(&rest);
    uint64_t first = 0, last = 0, decreases = 0;
    err = 0;
    for (uint64_t i = 0; i < count && !err; i++) {
      __wasi_timestamp_t t = 0;
      err = __wasi_clock_time_get(clock, 1, &t);
      if (i == 0) first = t;
      else if (t < last) decreases++;
      last = t;
    }
    put_u(err);
    if (!err) {
      key_u("first", first);
      key_u("last", last);
      key_u("decreases", decreases);
    }
  } else if (!strcmp(op, "burn")) {
    uint64_t until = now(__WASI_CLOCKID_MONOTONIC) + num(&rest);
    volatile uint64_t x = 1;
    while (now(__WASI_CLOCKID_MONOTONIC) < until) {
      for (int i = 0; i < 1000; i++) x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    }
    put_u(0);
  } else if (!strcmp(op, "poll")) {
    return poll(rest);
  } else if (!strcmp(op, "random")) {
    size_t n = (size_t)num(&rest);
    if (n > sizeof data) return -1;
    if (__wasi_random_get(data, n) != 0) __wasi_proc_exit(3);
    write_all(report_fd, data, n);
    return 1;
  } else if (!strcmp(op, "cat")) {
    size_t chunk = (size_t)num(&rest);
    if (chunk == 0 || chunk > sizeof data) return -1;
    for (;;) {
      __wasi_iovec_t iov = {data, chunk};
      __wasi_size_t n = 0;
      if (__wasi_fd_read(0, &iov, 1, &n) != 0) __wasi_proc_exit(4);
      if (n == 0) break;
      write_all(report_fd, data, n);
    }
    return 1;
  } else if (!strcmp(op, "exit")) {
    __wasi_proc_exit((__wasi_exitcode_t)num(&rest));
  } else if (!strcmp(op, "report")) {
    report_fd = (int)num(&rest);
    return 1;
  } else {
    return -1;
  }
  return 0;
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    len = 0;
    int r = step(argv[i]);
    if (r < 0) {
      static const char bad[] = "syscall_probe: bad step\n";
      write_all(2, bad, sizeof bad - 1);
      return 2;
    }
    if (r == 0) flush_line();
  }
  return 0;
}
