package dev.wasi4j;

import static dev.wasi4j.internal.abi.Errno.EINVAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.internal.abi.Rights;
import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.SyscallProbe;
import dev.wasi4j.testing.SyscallProbe.Report;
import dev.wasi4j.testing.WasiRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code poll_oneoff} on clocks, stdio and bad descriptors. Events are reported by the probe as
 * {@code e<i>=userdata:error:type:nbytes:flags}, userdata being 100 + the subscription's index;
 * {@code elapsed} is the guest's own monotonic measure around the call. Timing bounds are
 * one-sided where it matters (at least the timeout) and generous elsewhere (seconds), so a loaded
 * machine cannot make them fail.
 */
class PollTest {
  private static final long MS = 1_000_000L;
  /** Far beyond any wait these tests allow: a poll that needs it has gone wrong. */
  private static final long GENEROUS = 5_000 * MS;

  private static Report poll(WasiRunner runner, String subscriptions) {
    return SyscallProbe.run(runner, "poll " + subscriptions).get(0);
  }

  @BothEngines
  void relativeMonotonicTimeoutWaitsAtLeastItsTime(Engine engine) {
    long started = System.nanoTime();
    Report r = poll(WasiRunner.on(engine), "clock:1:50000000");
    long hostElapsed = System.nanoTime() - started;
    assertEquals(1, r.number("n"), r::toString);
    assertEquals("100:0:0:0:0", r.text("e0"));
    assertTrue(r.number("elapsed") >= 50 * MS, r::toString);
    assertTrue(r.number("elapsed") < GENEROUS, r::toString);
    assertTrue(hostElapsed >= 50 * MS, "the host waited too: " + hostElapsed);
  }

  @BothEngines
  void relativeRealtimeTimeoutWaitsAtLeastItsTime(Engine engine) {
    Report r = poll(WasiRunner.on(engine), "clock:0:50000000");
    assertEquals("100:0:0:0:0", r.text("e0"));
    assertTrue(r.number("elapsed") >= 50 * MS && r.number("elapsed") < GENEROUS, r::toString);
  }

  /** An absolute deadline 50 ms ahead on the monotonic clock: the poll ends at or after it. */
  @BothEngines
  void absoluteMonotonicDeadlineIsNotReturnedBefore(Engine engine) {
    Report r = poll(WasiRunner.on(engine), "abs:1:50000000");
    assertEquals("100:0:0:0:0", r.text("e0"));
    assertTrue(r.number("late") >= 0, r::toString);
    assertTrue(r.number("late") < GENEROUS, r::toString);
  }

  /**
   * An absolute deadline on the realtime clock becomes a wait on the monotonic one; the two clocks
   * may drift apart by a hair while it lasts (NTP slewing), hence the millisecond of tolerance.
   */
  @BothEngines
  void absoluteRealtimeDeadlineIsNotReturnedBefore(Engine engine) {
    Report r = poll(WasiRunner.on(engine), "abs:0:50000000");
    assertEquals("100:0:0:0:0", r.text("e0"));
    assertTrue(r.number("late") >= -MS, r::toString);
    assertTrue(r.number("late") < GENEROUS, r::toString);
  }

  @BothEngines
  void absoluteDeadlineInThePastFiresAtOnce(Engine engine) {
    Report r = poll(WasiRunner.on(engine), "abs:1:-1000000000");
    assertEquals("100:0:0:0:0", r.text("e0"));
    assertTrue(r.number("elapsed") < GENEROUS, r::toString);
  }

  @BothEngines
  void ofSeveralClocksTheEarliestFiresAlone(Engine engine) {
    Report r = poll(WasiRunner.on(engine), "clock:1:10000000000 clock:1:20000000 clock:0:20000000000");
    assertEquals(1, r.number("n"), r::toString);
    assertEquals("101:0:0:0:0", r.text("e0"));
    assertTrue(r.number("elapsed") >= 20 * MS && r.number("elapsed") < GENEROUS, r::toString);
  }

  @BothEngines
  void stdoutAndStderrAreWritableAtOnce(Engine engine) {
    Report r = poll(WasiRunner.on(engine), "write:1 clock:1:10000000000 write:2");
    assertEquals(2, r.number("n"), r::toString);
    assertTrue(r.text("e0").startsWith("100:0:2:"), r::toString);
    assertTrue(r.text("e1").startsWith("102:0:2:"), r::toString);
    assertTrue(r.number("elapsed") < GENEROUS, r::toString);
  }

  @BothEngines
  void stdinWithInputIsReadableWithItsByteCount(Engine engine) {
    List<Report> r =
        SyscallProbe.run(
            WasiRunner.on(engine).stdin("hello"), "poll read:0", "read 0 100", "poll read:0");
    assertEquals("100:0:1:5:0", r.get(0).text("e0"));
    assertEquals("hello", r.get(1).text("data"));
    // Everything read: the stream is at its end, which is ready too, with the hang-up flag.
    assertEquals("100:0:1:0:1", r.get(2).text("e0"));
  }

  @BothEngines
  void stdinAtEndIsReadyWithHangup(Engine engine) {
    Report r = poll(WasiRunner.on(engine), "read:0");
    assertEquals(1, r.number("n"), r::toString);
    assertEquals("100:0:1:0:1", r.text("e0"));
  }

  /**
   * Stdin at its end is ready at once, with the hang-up flag, even when a clock subscription is
   * there too (as poll(2) reports POLLHUP on a pipe at EOF).
   */
  @BothEngines
  void stdinAtEndIsReadyBeforeALongClock(Engine engine) {
    Report r = poll(WasiRunner.on(engine), "read:0 clock:1:2000000000");
    assertEquals(1, r.number("n"), r::toString);
    assertEquals("100:0:1:0:1", r.text("e0"));
  }

  /** Stdin that has nothing yet (an open pipe) is not ready: only the clock fires. */
  @BothEngines
  void stdinWithoutInputLetsTheClockFire(Engine engine) throws IOException {
    try (PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed)) {
      Report r =
          SyscallProbe.run(
                  WasiRunner.on(engine).with(b -> b.stdin(stdin)), "poll read:0 clock:1:50000000")
              .get(0);
      assertEquals(1, r.number("n"), r::toString);
      assertEquals("101:0:0:0:0", r.text("e0"));
      assertTrue(r.number("elapsed") >= 50 * MS, r::toString);
    }
  }

  /** Feeds "late input" to a piped stdin after 100 ms, then ends it. */
  private static InputStream lateInput() throws IOException {
    PipedOutputStream feed = new PipedOutputStream();
    InputStream stdin = new PipedInputStream(feed);
    Thread feeder =
        new Thread(
            () -> {
              try (feed) {
                Thread.sleep(100);
                feed.write("late input".getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "late-input-feeder");
    feeder.setDaemon(true);
    feeder.start();
    return stdin;
  }

  /**
   * Input arriving while the guest waits wakes it — on stdin alone, or with a clock far later — and
   * the bytes poll looked at are all still there for fd_read.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("engineAndCompanion")
  void inputArrivingLaterWakesTheGuestAndLosesNoByte(Engine engine, String companion)
      throws IOException {
    InputStream stdin = lateInput();
    List<Report> r =
        SyscallProbe.run(
            WasiRunner.on(engine).with(b -> b.stdin(stdin)),
            "poll read:0" + companion,
            "read 0 100",
            "read 0 100",
            "read 0 100");
    assertEquals(1, r.get(0).number("n"), r::toString);
    assertTrue(r.get(0).text("e0").startsWith("100:0:1:"), r::toString);
    assertTrue(r.get(0).number("elapsed") < GENEROUS, r::toString);
    String read = r.get(1).text("data") + r.get(2).text("data");
    assertEquals("late input", read, r::toString);
    assertEquals(0, r.get(3).number("n"), "then the end of input");
  }

  static Stream<Arguments> engineAndCompanion() {
    return Stream.of(Engine.values())
        .flatMap(engine -> Stream.of(Arguments.of(engine, ""), Arguments.of(engine, " clock:1:30000000000")));
  }

  @BothEngines
  void zeroSubscriptionsIsEinval(Engine engine) {
    assertEquals(EINVAL, SyscallProbe.run(WasiRunner.on(engine), "poll").get(0).errno());
  }

  /** A bad subscription is an event with its error; the call itself succeeds. */
  @BothEngines
  void badDescriptorIsAnEventWithEbadf(Engine engine) {
    Report r = poll(WasiRunner.on(engine), "read:99 clock:1:10000000000 write:98");
    assertEquals(0, r.errno());
    assertEquals(2, r.number("n"), r::toString);
    assertEquals("100:8:1:0:0", r.text("e0"));
    assertEquals("102:8:2:0:0", r.text("e1"));
  }

  @BothEngines
  void unknownClockIsAnEventWithEinval(Engine engine) {
    Report r = poll(WasiRunner.on(engine), "clock:9:1000");
    assertEquals("100:28:0:0:0", r.text("e0"));
  }

  @BothEngines
  void descriptorWithoutPollRightIsAnEventWithEnotcapable(Engine engine) {
    long noPoll = Rights.STDOUT & ~Rights.POLL_FD_READWRITE;
    List<Report> r =
        SyscallProbe.run(
            WasiRunner.on(engine), "rights 1 0x" + Long.toHexString(noPoll) + " 0", "poll write:1");
    assertEquals("100:76:2:0:0", r.get(1).text("e0"));
  }
}
