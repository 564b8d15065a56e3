package dev.wasi4j;

import static dev.wasi4j.internal.abi.Errno.EBADF;
import static dev.wasi4j.internal.abi.Errno.EFAULT;
import static dev.wasi4j.internal.abi.Errno.ENOTSOCK;
import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasi4j.internal.abi.Errno;
import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.GuestRun;
import dev.wasi4j.testing.Guests;
import dev.wasi4j.testing.Preview1Wat;
import dev.wasi4j.testing.WasiRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pointer a preview 1 call takes, given out of range, makes the call return EFAULT — never a
 * Java exception into the engine, never a partial effect. Each case is one call in WAT with one
 * pointer argument left as {@code PTR}; its guest makes the call with three bad values of it (far
 * out, exactly the memory size, and straddling the end) and then with a good one, which must
 * succeed: that shows the bad calls failed for the pointer alone and changed nothing the good call
 * depends on (the unlink after a bad unlink still finds its file, the read after bad reads still
 * gets the first bytes of stdin). The four errnos come back as the four bytes of the exit code.
 */
class BadPointerTest {
  /** The guest's memory is one page, 64 KiB. */
  private static final int MEMORY_SIZE = 0x10000;

  /** Out-of-range values for {@code PTR}: far out, the memory size exactly, a region crossing the end. */
  private static final List<Long> BAD = List.of(0xFFFF_FFF0L, (long) MEMORY_SIZE, MEMORY_SIZE - 2L);

  /**
   * The guest's fixed layout: a good iovec (16 bytes at 0x1000) at 0x100, paths at 0x200..0x240, a
   * result area at 0x300, a relative 0 ns monotonic clock subscription at 0x400, events at 0x500,
   * buffers at 0x1000, an argv array at 0x2000 and its strings at 0x3000. {@code $file} opens
   * "file" in the preopen (fd 3) for reading and writing, once.
   */
  private static final String LAYOUT =
      """
      (data (i32.const 0x100) "\\00\\10\\00\\00\\10\\00\\00\\00")
      (data (i32.const 0x200) "file")
      (data (i32.const 0x210) "dir")
      (data (i32.const 0x220) "link")
      (data (i32.const 0x230) "newname")
      (data (i32.const 0x240) "newdir")
      (data (i32.const 0x410) "\\01")
      (global $file_fd (mut i32) (i32.const -1))
      (func $file (result i32)
        (if (i32.lt_s (global.get $file_fd) (i32.const 0))
          (then
            (if (call $path_open (i32.const 3) (i32.const 1) (i32.const 0x200) (i32.const 4)
                  (i32.const 0) (i64.const 0x66) (i64.const 0) (i32.const 0) (i32.const 0x3F0))
              (then unreachable))
            (global.set $file_fd (i32.load (i32.const 0x3F0)))))
        (global.get $file_fd))
      """;

  /** One pointer argument of one call; {@code good} is a valid value for it. */
  record Case(String name, String call, int good, int goodErrno, int badErrno) {
    Case(String name, String call, int good) {
      this(name, call, good, SUCCESS, EFAULT);
    }

    String with(long pointer) {
      return "(block (result i32) " + call.replace("PTR", "(i32.const " + pointer + ")") + ")";
    }

    String guest() {
      String bad1 = with(BAD.get(0));
      String bad2 = with(BAD.get(1));
      String bad3 = with(BAD.get(2));
      String good = with(this.good);
      return Preview1Wat.exitWith(
          "(i32.or (i32.or " + bad1 + " (i32.shl " + bad2 + " (i32.const 8)))"
              + " (i32.or (i32.shl " + bad3 + " (i32.const 16)) (i32.shl " + good
              + " (i32.const 24))))",
          LAYOUT);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final String IOV_WITH_BUFFER_PTR =
      "(i32.store (i32.const 0x180) PTR) (i32.store (i32.const 0x184) (i32.const 16))";

  static List<Case> cases() {
    return List.of(
        new Case("args_get argv", "(call $args_get PTR (i32.const 0x3000))", 0x2000),
        new Case("args_get argv_buf", "(call $args_get (i32.const 0x2000) PTR)", 0x3000),
        new Case("args_sizes_get argc", "(call $args_sizes_get PTR (i32.const 0x304))", 0x300),
        new Case("args_sizes_get buf size", "(call $args_sizes_get (i32.const 0x300) PTR)", 0x304),
        new Case("environ_get environ", "(call $environ_get PTR (i32.const 0x3000))", 0x2000),
        new Case("environ_get environ_buf", "(call $environ_get (i32.const 0x2000) PTR)", 0x3000),
        new Case("environ_sizes_get count", "(call $environ_sizes_get PTR (i32.const 0x304))", 0x300),
        new Case("environ_sizes_get buf size", "(call $environ_sizes_get (i32.const 0x300) PTR)", 0x304),
        new Case("clock_res_get", "(call $clock_res_get (i32.const 1) PTR)", 0x300),
        new Case("clock_time_get", "(call $clock_time_get (i32.const 1) (i64.const 0) PTR)", 0x300),
        new Case("random_get", "(call $random_get PTR (i32.const 16))", 0x1000),
        new Case("fd_read iovs", "(call $fd_read (i32.const 0) PTR (i32.const 1) (i32.const 0x300))", 0x100),
        new Case(
            "fd_read buffer in iovec",
            IOV_WITH_BUFFER_PTR + "(call $fd_read (i32.const 0) (i32.const 0x180) (i32.const 1) (i32.const 0x300))",
            0x1000),
        new Case("fd_read nread", "(call $fd_read (i32.const 0) (i32.const 0x100) (i32.const 1) PTR)", 0x300),
        new Case("fd_write iovs", "(call $fd_write (i32.const 1) PTR (i32.const 1) (i32.const 0x300))", 0x100),
        new Case(
            "fd_write buffer in iovec",
            IOV_WITH_BUFFER_PTR + "(call $fd_write (i32.const 1) (i32.const 0x180) (i32.const 1) (i32.const 0x300))",
            0x1000),
        new Case("fd_write nwritten", "(call $fd_write (i32.const 1) (i32.const 0x100) (i32.const 1) PTR)", 0x300),
        new Case("fd_pread iovs", "(call $fd_pread (call $file) PTR (i32.const 1) (i64.const 0) (i32.const 0x300))", 0x100),
        new Case(
            "fd_pread buffer in iovec",
            IOV_WITH_BUFFER_PTR + "(call $fd_pread (call $file) (i32.const 0x180) (i32.const 1) (i64.const 0) (i32.const 0x300))",
            0x1000),
        new Case("fd_pread nread", "(call $fd_pread (call $file) (i32.const 0x100) (i32.const 1) (i64.const 0) PTR)", 0x300),
        new Case("fd_pwrite iovs", "(call $fd_pwrite (call $file) PTR (i32.const 1) (i64.const 0) (i32.const 0x300))", 0x100),
        new Case(
            "fd_pwrite buffer in iovec",
            IOV_WITH_BUFFER_PTR + "(call $fd_pwrite (call $file) (i32.const 0x180) (i32.const 1) (i64.const 0) (i32.const 0x300))",
            0x1000),
        new Case("fd_pwrite nwritten", "(call $fd_pwrite (call $file) (i32.const 0x100) (i32.const 1) (i64.const 0) PTR)", 0x300),
        new Case("fd_fdstat_get", "(call $fd_fdstat_get (i32.const 1) PTR)", 0x300),
        new Case("fd_filestat_get", "(call $fd_filestat_get (i32.const 0) PTR)", 0x300),
        new Case("fd_prestat_get", "(call $fd_prestat_get (i32.const 3) PTR)", 0x300),
        new Case("fd_prestat_dir_name", "(call $fd_prestat_dir_name (i32.const 3) PTR (i32.const 8))", 0x300),
        new Case("fd_readdir buf", "(call $fd_readdir (i32.const 3) PTR (i32.const 256) (i64.const 0) (i32.const 0x300))", 0x1000),
        new Case("fd_readdir bufused", "(call $fd_readdir (i32.const 3) (i32.const 0x1000) (i32.const 256) (i64.const 0) PTR)", 0x300),
        new Case("fd_seek", "(call $fd_seek (call $file) (i64.const 0) (i32.const 0) PTR)", 0x300),
        new Case("fd_tell", "(call $fd_tell (call $file) PTR)", 0x300),
        new Case(
            "path_open path",
            "(call $path_open (i32.const 3) (i32.const 1) PTR (i32.const 4) (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 0x300))",
            0x200),
        new Case(
            "path_open opened fd",
            "(call $path_open (i32.const 3) (i32.const 1) (i32.const 0x200) (i32.const 4) (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) PTR)",
            0x300),
        new Case("path_filestat_get path", "(call $path_filestat_get (i32.const 3) (i32.const 1) PTR (i32.const 4) (i32.const 0x300))", 0x200),
        new Case("path_filestat_get filestat", "(call $path_filestat_get (i32.const 3) (i32.const 1) (i32.const 0x200) (i32.const 4) PTR)", 0x300),
        new Case(
            "path_filestat_set_times path",
            "(call $path_filestat_set_times (i32.const 3) (i32.const 1) PTR (i32.const 4) (i64.const 0) (i64.const 0) (i32.const 0))",
            0x200),
        new Case("path_readlink path", "(call $path_readlink (i32.const 3) PTR (i32.const 4) (i32.const 0x1000) (i32.const 64) (i32.const 0x300))", 0x220),
        new Case("path_readlink buf", "(call $path_readlink (i32.const 3) (i32.const 0x220) (i32.const 4) PTR (i32.const 64) (i32.const 0x300))", 0x1000),
        new Case("path_readlink bufused", "(call $path_readlink (i32.const 3) (i32.const 0x220) (i32.const 4) (i32.const 0x1000) (i32.const 64) PTR)", 0x300),
        new Case("path_create_directory", "(call $path_create_directory (i32.const 3) PTR (i32.const 6))", 0x240),
        new Case("path_unlink_file", "(call $path_unlink_file (i32.const 3) PTR (i32.const 4))", 0x200),
        new Case("path_remove_directory", "(call $path_remove_directory (i32.const 3) PTR (i32.const 3))", 0x210),
        new Case("path_rename old path", "(call $path_rename (i32.const 3) PTR (i32.const 4) (i32.const 3) (i32.const 0x230) (i32.const 7))", 0x200),
        new Case("path_rename new path", "(call $path_rename (i32.const 3) (i32.const 0x200) (i32.const 4) (i32.const 3) PTR (i32.const 7))", 0x230),
        new Case("path_symlink target", "(call $path_symlink PTR (i32.const 4) (i32.const 3) (i32.const 0x230) (i32.const 7))", 0x200),
        new Case("path_symlink new path", "(call $path_symlink (i32.const 0x200) (i32.const 4) (i32.const 3) PTR (i32.const 7))", 0x230),
        new Case("path_link old path", "(call $path_link (i32.const 3) (i32.const 0) PTR (i32.const 4) (i32.const 3) (i32.const 0x230) (i32.const 7))", 0x200),
        new Case("path_link new path", "(call $path_link (i32.const 3) (i32.const 0) (i32.const 0x200) (i32.const 4) (i32.const 3) PTR (i32.const 7))", 0x230),
        new Case("poll_oneoff in", "(call $poll_oneoff PTR (i32.const 0x500) (i32.const 1) (i32.const 0x300))", 0x400),
        new Case("poll_oneoff out", "(call $poll_oneoff (i32.const 0x400) PTR (i32.const 1) (i32.const 0x300))", 0x500),
        new Case("poll_oneoff nevents", "(call $poll_oneoff (i32.const 0x400) (i32.const 0x500) (i32.const 1) PTR)", 0x300),
        // Sockets: the descriptor is checked before any pointer, as wasmtime does, so on a
        // descriptor that is open but no socket every pointer gives ENOTSOCK, and on a closed
        // one EBADF. wasi4j has no sockets, so no pointer of these calls is ever read.
        new Case(
            "sock_recv ri_data on stdin",
            "(call $sock_recv (i32.const 0) PTR (i32.const 1) (i32.const 0) (i32.const 0x300) (i32.const 0x304))",
            0x100, ENOTSOCK, ENOTSOCK),
        new Case(
            "sock_recv ro_datalen on stdin",
            "(call $sock_recv (i32.const 0) (i32.const 0x100) (i32.const 1) (i32.const 0) PTR (i32.const 0x304))",
            0x300, ENOTSOCK, ENOTSOCK),
        new Case(
            "sock_send si_data on stdout",
            "(call $sock_send (i32.const 1) PTR (i32.const 1) (i32.const 0) (i32.const 0x300))",
            0x100, ENOTSOCK, ENOTSOCK),
        new Case("sock_accept fd on a preopen", "(call $sock_accept (i32.const 3) (i32.const 0) PTR)", 0x300, ENOTSOCK, ENOTSOCK),
        new Case(
            "sock_recv on a closed fd",
            "(call $sock_recv (i32.const 99) PTR (i32.const 1) (i32.const 0) (i32.const 0x300) (i32.const 0x304))",
            0x100, EBADF, EBADF));
  }

  static Stream<Arguments> engineAndCase() {
    return Stream.of(Engine.values())
        .flatMap(engine -> cases().stream().map(c -> Arguments.of(engine, c)));
  }

  /** The preopen: "file" with content, an empty "dir", and "link" to "file". */
  private static WasiRunner runner(Engine engine, Path sandbox) throws IOException {
    Files.writeString(sandbox.resolve("file"), "file content 0123456789");
    Files.createDirectory(sandbox.resolve("dir"));
    Files.createSymbolicLink(sandbox.resolve("link"), Path.of("file"));
    return WasiRunner.on(engine)
        .args("bad-pointer", "guest")
        .with(b -> b.env("A", "1").preopen("/sandbox", sandbox))
        .stdin("0123456789abcdefXYZ");
  }

  private static String errnos(int exitCode) {
    StringBuilder s = new StringBuilder();
    for (int shift = 0; shift < 32; shift += 8) {
      s.append(shift == 24 ? " | good: " : shift > 0 ? ", " : "bad: ")
          .append(Errno.name((exitCode >>> shift) & 0xFF));
    }
    return s.toString();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("engineAndCase")
  void outOfRangePointerIsEfault(Engine engine, Case c, @TempDir Path sandbox) throws IOException {
    GuestRun run = runner(engine, sandbox).run(Guests.wat(c.guest()));
    String bad = Errno.name(c.badErrno());
    String expected =
        "bad: " + bad + ", " + bad + ", " + bad + " | good: " + Errno.name(c.goodErrno());
    assertEquals(expected, errnos(run.exitCode()), run::toString);
  }

  /**
   * Checked before any byte moves: an fd_write whose second buffer is bad writes nothing of the
   * first; an fd_read whose second buffer is bad consumes nothing, so a good read then gets stdin
   * from its first byte.
   */
  @BothEngines
  void aBadSecondBufferMovesNoByte(Engine engine, @TempDir Path sandbox) throws IOException {
    String guest =
        Preview1Wat.exitWith(
            """
            (i32.or
              (i32.or
                (call $fd_write (i32.const 1) (i32.const 0x600) (i32.const 2) (i32.const 0x300))
                (i32.shl (call $fd_read (i32.const 0) (i32.const 0x600) (i32.const 2) (i32.const 0x300))
                         (i32.const 8)))
              (i32.or
                (i32.shl (call $fd_read (i32.const 0) (i32.const 0x100) (i32.const 1) (i32.const 0x300))
                         (i32.const 16))
                (i32.shl (call $fd_write (i32.const 1) (i32.const 0x100) (i32.const 1) (i32.const 0x300))
                         (i32.const 24))))
            """,
            LAYOUT
                + """
                ;; two iovecs: 5 good bytes at 0x1000, then 16 bytes at 0xFFFFFFF0
                (data (i32.const 0x600) "\\00\\10\\00\\00\\05\\00\\00\\00\\f0\\ff\\ff\\ff\\10\\00\\00\\00")
                """);
    GuestRun run = runner(engine, sandbox).run(Guests.wat(guest));
    assertEquals("bad: EFAULT, EFAULT, SUCCESS | good: SUCCESS", errnos(run.exitCode()));
    // The good read got stdin's first 16 bytes; the good write echoed them.
    assertEquals("0123456789abcdef", run.stdout());
  }

  private static final String OPEN =
      "(call $path_open (i32.const 3) (i32.const 1) (i32.const %s) (i32.const %d) (i32.const %d)"
          + " (i64.const 0x42) (i64.const 0) (i32.const 0) (i32.const %s))";

  /** path_open with O_CREAT and a bad result pointer creates no file. */
  @BothEngines
  void creatingOpenWithBadResultPointerCreatesNoFile(Engine engine, @TempDir Path sandbox)
      throws IOException {
    String guest = Preview1Wat.exitWith(OPEN.formatted("0x230", 7, 1, "0xFFFFFFF0"), LAYOUT);
    assertEquals(EFAULT, runner(engine, sandbox).run(Guests.wat(guest)).exitCode());
    assertEquals(List.of("dir", "file", "link"), list(sandbox));
  }

  /**
   * path_open with a bad result pointer takes no descriptor: with fd 4 open, the open after the
   * failed one gets fd 5, the lowest free.
   */
  @BothEngines
  void openWithBadResultPointerTakesNoDescriptor(Engine engine, @TempDir Path sandbox)
      throws IOException {
    String guest =
        Preview1Wat.exitWith(
            "(i32.or (i32.or "
                + OPEN.formatted("0x200", 4, 0, "0x300")
                + " (i32.shl " + OPEN.formatted("0x200", 4, 0, "0xFFFFFFF0") + " (i32.const 8)))"
                + " (i32.or (i32.shl " + OPEN.formatted("0x200", 4, 0, "0x304") + " (i32.const 16))"
                + " (i32.shl (i32.sub (i32.load (i32.const 0x304)) (i32.load (i32.const 0x300)))"
                + " (i32.const 24))))",
            LAYOUT);
    int code = runner(engine, sandbox).run(Guests.wat(guest)).exitCode();
    assertEquals(SUCCESS, code & 0xFF, "first open");
    assertEquals(EFAULT, (code >>> 8) & 0xFF, "open with a bad result pointer");
    assertEquals(SUCCESS, (code >>> 16) & 0xFF, "open after it");
    assertEquals(1, code >>> 24, "fd of the open after it minus fd of the first");
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Bounds are the memory's current size, to the byte: a 24-byte fdstat fits exactly at the end,
   * one byte later it does not; after memory.grow the new page is valid.
   */
  @BothEngines
  void boundsFollowTheCurrentMemorySizeExactly(Engine engine) {
    String guest =
        Preview1Wat.exitWith(
            """
            (i32.or
              (i32.or
                (call $fd_fdstat_get (i32.const 1) (i32.const 0xFFE8))
                (i32.shl (call $fd_fdstat_get (i32.const 1) (i32.const 0xFFE9)) (i32.const 8)))
              (i32.or
                (i32.shl (block (result i32)
                           (drop (memory.grow (i32.const 1)))
                           (call $fd_fdstat_get (i32.const 1) (i32.const 0x1FFE8)))
                         (i32.const 16))
                (i32.shl (call $fd_fdstat_get (i32.const 1) (i32.const 0x1FFE9)) (i32.const 24))))
            """,
            "");
    GuestRun run = WasiRunner.on(engine).run(Guests.wat(guest));
    assertEquals("bad: SUCCESS, EFAULT, SUCCESS | good: EFAULT", errnos(run.exitCode()));
  }
}
