package dev.wasi4j;

import static dev.wasi4j.internal.abi.Errno.EAGAIN;
import static dev.wasi4j.internal.abi.Errno.EBADF;
import static dev.wasi4j.internal.abi.Errno.EIO;
import static dev.wasi4j.internal.abi.Errno.EPIPE;
import static dev.wasi4j.internal.abi.Errno.ENOSYS;
import static dev.wasi4j.internal.abi.Errno.ENOTSOCK;
import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.GuestRun;
import dev.wasi4j.testing.Guests;
import dev.wasi4j.testing.Preview1Wat;
import dev.wasi4j.testing.SyscallProbe;
import dev.wasi4j.testing.SyscallProbe.Report;
import dev.wasi4j.testing.WasiRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard streams and the small calls around them: reading stdin in chunks, stdout and stderr
 * kept apart, {@code sched_yield}, {@code proc_raise}, {@code sock_*} without sockets, and
 * {@code fd_close}/{@code fd_renumber} on the stdio descriptors.
 */
class StdioTest {
  @TempDir Path sandbox;

  private static List<Integer> errnos(List<Report> reports) {
    return reports.stream().map(Report::errno).toList();
  }

  @BothEngines
  void stdinIsReadInChunksToItsEnd(Engine engine) {
    List<Report> r =
        SyscallProbe.run(
            WasiRunner.on(engine).stdin("The quick brown fox jumps"),
            "read 0 7", "read 0 7", "read 0 7", "read 0 7", "read 0 7", "read 0 7");
    assertEquals(
        List.of("The qui", "ck brow", "n fox j", "umps", "", ""),
        r.stream().map(step -> step.text("data")).toList());
    assertEquals(List.of(7L, 7L, 7L, 4L, 0L, 0L), r.stream().map(step -> step.number("n")).toList());
  }

  /** A MiB of binary stdin copied to stdout in odd-sized reads larger than the host's chunk. */
  @BothEngines
  void largeBinaryInputRoundTrips(Engine engine) {
    byte[] input = new byte[1 << 20];
    new Random(1).nextBytes(input);
    GuestRun run = SyscallProbe.runStatus(WasiRunner.on(engine).stdin(input), "cat 100003");
    assertEquals(0, run.exitCode(), run::toString);
    assertArrayEquals(input, run.stdoutBytes());
  }

  @BothEngines
  void stdoutAndStderrAreCapturedSeparately(Engine engine) {
    GuestRun run =
        SyscallProbe.runStatus(WasiRunner.on(engine), "write 1 to out", "write 2 to err ✓", "write 1 again");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("to out0 n=6\n0 n=10\nagain0 n=5\n", run.stdout());
    assertEquals("to err ✓", run.stderr());
  }

  /** fd_write gathers its iovecs in order; fd_read scatters into them in order. */
  @BothEngines
  void iovecsAreGatheredAndScatteredInOrder(Engine engine) {
    String guest =
        Preview1Wat.exitWith(
            """
            (i32.or
              (call $fd_write (i32.const 1) (i32.const 0x100) (i32.const 3) (i32.const 0x200))
              (i32.shl (call $fd_read (i32.const 0) (i32.const 0x300) (i32.const 3) (i32.const 0x204))
                       (i32.const 8)))
            """,
            """
            (data (i32.const 0x100) "\\00\\10\\00\\00\\01\\00\\00\\00\\01\\10\\00\\00\\02\\00\\00\\00\\03\\10\\00\\00\\03\\00\\00\\00")
            (data (i32.const 0x1000) "abcdef")
            (data (i32.const 0x300) "\\00\\20\\00\\00\\03\\00\\00\\00\\10\\20\\00\\00\\03\\00\\00\\00\\20\\20\\00\\00\\0a\\00\\00\\00")
            """);
    GuestRun run = WasiRunner.on(engine).stdin("0123456789").run(Guests.wat(guest));
    assertEquals(0, run.exitCode());
    assertEquals("abcdef", run.stdout());
    assertEquals(6, run.memory().readInt(0x200), "nwritten");
    assertEquals(10, run.memory().readInt(0x204), "nread");
    assertEquals("012", run.memory().readString(0x2000, 3));
    assertEquals("345", run.memory().readString(0x2010, 3));
    assertEquals("6789", run.memory().readString(0x2020, 4));
  }

  @BothEngines
  void schedYieldSucceedsAndProcRaiseIsEnosys(Engine engine) {
    List<Report> r = SyscallProbe.run(WasiRunner.on(engine), "yield", "raise 15", "raise 0", "yield");
    assertEquals(List.of(SUCCESS, ENOSYS, ENOSYS, SUCCESS), errnos(r));
  }

  /** No descriptor is a socket: closed numbers are EBADF, stdio and preopens ENOTSOCK. */
  @BothEngines
  void socketCallsWithoutSockets(Engine engine) {
    List<String> steps = new ArrayList<>();
    for (int fd : new int[] {99, 0, 1, 2, 3}) {
      steps.addAll(
          List.of("sock_accept " + fd, "sock_recv " + fd, "sock_send " + fd, "sock_shutdown " + fd + " 3"));
    }
    List<Report> r =
        SyscallProbe.run(
            WasiRunner.on(engine).with(b -> b.preopen("/sandbox", sandbox)), steps.toArray(String[]::new));
    assertEquals(List.of(EBADF, EBADF, EBADF, EBADF), errnos(r.subList(0, 4)), r::toString);
    assertEquals(List.of(ENOTSOCK), errnos(r.subList(4, 20)).stream().distinct().toList(), r::toString);
  }

  @BothEngines
  void closedStdoutIsEbadfAndItsNumberIsReused(Engine engine) throws IOException {
    Files.writeString(sandbox.resolve("file"), "");
    GuestRun run =
        SyscallProbe.runStatus(
            WasiRunner.on(engine).with(b -> b.preopen("/sandbox", sandbox)),
            "report 2",
            "close 1",
            "write 1 lost",
            "close 1",
            "open 3 file 0 0x40 0", // FD_WRITE: takes the lowest free number, 1
            "write 1 into the file");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("", run.stdout());
    List<Report> r = SyscallProbe.parse(run.stderr());
    assertEquals(List.of(SUCCESS, EBADF, EBADF, SUCCESS, SUCCESS), errnos(r));
    assertEquals(1, r.get(3).number("fd"));
    assertEquals("into the file", Files.readString(sandbox.resolve("file")));
  }

  /**
   * With FDFLAGS_NONBLOCK, a read of stdin that would block is EAGAIN (here a pipe that stays
   * open and empty), and a guest retrying on EAGAIN still reads everything and then sees the end.
   */
  @BothEngines
  void nonblockingStdinIsEagainWhenEmpty(Engine engine) throws IOException {
    try (PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed)) {
      // A blocking read would wait for ever: the timeout turns that into a failure.
      List<Report> r =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30),
              () ->
                  SyscallProbe.run(
                      WasiRunner.on(engine).with(b -> b.stdin(stdin)),
                      "flags 0 4",
                      "fdstat 0",
                      "read 0 10"));
      assertEquals(List.of(SUCCESS, SUCCESS, EAGAIN), errnos(r));
      assertEquals(4, r.get(1).number("flags"));
    }
  }

  @BothEngines
  void nonblockingStdinReadsToItsEnd(Engine engine) {
    List<Report> r =
        SyscallProbe.run(WasiRunner.on(engine).stdin("some input"), "flags 0 4", "drain 0", "read 0 10");
    assertEquals(List.of(SUCCESS, SUCCESS, SUCCESS), errnos(r));
    assertEquals("some input", r.get(1).text("data"));
    assertEquals(0, r.get(2).number("n"), "still at the end");
  }

  @BothEngines
  void closedStdinIsEbadf(Engine engine) {
    List<Report> r = SyscallProbe.run(WasiRunner.on(engine).stdin("data"), "close 0", "read 0 4");
    assertEquals(List.of(SUCCESS, EBADF), errnos(r));
  }

  /** Renumbering stderr onto stdout (dup2(2, 1) then close(2)): fd 1 now writes to stderr. */
  @BothEngines
  void renumberStderrOntoStdout(Engine engine) {
    GuestRun run =
        SyscallProbe.runStatus(
            WasiRunner.on(engine), "renumber 2 1", "write 1 to-the-error-stream ", "write 2 gone");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("", run.stdout());
    // The reports go to fd 1 too, which is now the error stream.
    assertEquals("0\nto-the-error-stream 0 n=20\n8\n", run.stderr());
  }

  @BothEngines
  void renumberStdoutOntoStderr(Engine engine) {
    GuestRun run =
        SyscallProbe.runStatus(
            WasiRunner.on(engine), "report 2", "renumber 1 2", "write 2 to-the-output-stream ", "write 1 gone");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("0\nto-the-output-stream 0 n=21\n8\n", run.stdout());
    assertEquals("", run.stderr());
  }

  @BothEngines
  void renumberWithAClosedDescriptorIsEbadfAndChangesNothing(Engine engine) {
    GuestRun run =
        SyscallProbe.runStatus(
            WasiRunner.on(engine), "renumber 1 9", "renumber 9 1", "renumber 1 1", "write 1 still-here ");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("8\n8\n0\nstill-here 0 n=11\n", run.stdout());
  }

  /**
   * A host stream that fails is an errno for the guest (EIO, or EPIPE for a broken pipe), not a
   * Java exception: here stdout is a pipe whose reading end is closed and stdin a pipe that was
   * never connected.
   */
  @BothEngines
  void failingHostStreamsAreErrnos(Engine engine) throws IOException {
    PipedInputStream closedReader = new PipedInputStream();
    PipedOutputStream brokenOut = new PipedOutputStream(closedReader);
    closedReader.close();
    List<Report> r =
        SyscallProbe.run(
            WasiRunner.on(engine).with(b -> b.stdout(brokenOut).stdin(new PipedInputStream())),
            "report 2",
            "write 1 lost",
            "read 0 10",
            "yield");
    assertTrue(Set.of(EIO, EPIPE).contains(r.get(0).errno()), r::toString);
    assertTrue(Set.of(EIO, EPIPE).contains(r.get(1).errno()), r::toString);
    assertEquals(SUCCESS, r.get(2).errno(), "the guest goes on");
  }

  /**
   * The streams are the host's: the guest closing its descriptor (stdout here), or the Wasi
   * closing the rest (stderr), only flushes them.
   */
  @BothEngines
  void closingStdioDoesNotCloseTheHostStreams(Engine engine) {
    class TrackedStream extends ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    var out = new TrackedStream();
    var err = new TrackedStream();
    try (Wasi wasi =
        Wasi.builder().args("probe", "write 1 bye", "report 2", "close 1").stdout(out).stderr(err).build()) {
      assertEquals(0, wasi.run(Guests.resource(SyscallProbe.GUEST), engine));
    }
    assertEquals("bye0 n=3\n", out.toString());
    assertEquals("0\n", err.toString());
    assertFalse(out.closed, "stdout was closed");
    assertFalse(err.closed, "stderr was closed");
  }
}
