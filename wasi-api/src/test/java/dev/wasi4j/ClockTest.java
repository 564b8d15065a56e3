package dev.wasi4j;

import static dev.wasi4j.internal.abi.Errno.EINVAL;
import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.SyscallProbe;
import dev.wasi4j.testing.SyscallProbe.Report;
import dev.wasi4j.testing.WasiRunner;
import java.time.Duration;
import java.util.List;

/**
 * {@code clock_time_get} and {@code clock_res_get} as a guest sees them: the system clocks behave
 * (monotonic never goes back, realtime is the host's time, CPU clocks move with work), unknown ids
 * are EINVAL, and {@link Clocks} given to the builder are exactly what the guest reads.
 */
class ClockTest {
  private static final int REALTIME = 0;
  private static final int MONOTONIC = 1;
  private static final int PROCESS_CPUTIME = 2;
  private static final int THREAD_CPUTIME = 3;

  @BothEngines
  void monotonicNeverDecreases(Engine engine) {
    Report r = SyscallProbe.run(WasiRunner.on(engine), "series 1 20000").get(0);
    assertEquals(SUCCESS, r.errno());
    assertEquals(0, r.number("decreases"), r::toString);
    assertTrue(r.number("last") > r.number("first"), () -> "20000 reads took no time: " + r);
  }

  @BothEngines
  void realtimeIsTheHostsTime(Engine engine) {
    long before = System.currentTimeMillis();
    Report r = SyscallProbe.run(WasiRunner.on(engine), "time 0").get(0);
    long after = System.currentTimeMillis();
    assertEquals(SUCCESS, r.errno());
    long guestMillis = r.number("t") / 1_000_000;
    // Generous: the two readings may come from differently rounded sources.
    assertTrue(
        guestMillis >= before - 2_000 && guestMillis <= after + 2_000,
        () -> "guest realtime " + guestMillis + " ms, host between " + before + " and " + after);
  }

  @BothEngines
  void resolutionsArePositiveAndAtMostOneMillisecond(Engine engine) {
    List<Report> r = SyscallProbe.run(WasiRunner.on(engine), "res 0", "res 1", "res 2", "res 3");
    for (Report clock : r) {
      assertEquals(SUCCESS, clock.errno(), clock::toString);
      assertTrue(clock.number("r") > 0 && clock.number("r") <= 1_000_000, clock::toString);
    }
  }

  /** CPU-time clocks: never backwards, and moving while the guest computes. */
  @BothEngines
  void cpuTimeClocksMoveWithWork(Engine engine) {
    List<Report> r =
        SyscallProbe.run(
            WasiRunner.on(engine),
            "time 2",
            "time 3",
            "burn 200000000", // 200 ms of computing
            "time 2",
            "time 3",
            "series 2 1000",
            "series 3 1000");
    for (Report step : r) {
      assertEquals(SUCCESS, step.errno(), step::toString);
    }
    long process = r.get(0).number("t");
    long thread = r.get(1).number("t");
    assertTrue(process >= 0 && thread >= 0, r::toString);
    assertTrue(r.get(3).number("t") > process, () -> "process CPU time did not move: " + r);
    assertTrue(r.get(4).number("t") > thread, () -> "thread CPU time did not move: " + r);
    assertEquals(0, r.get(5).number("decreases"), r::toString);
    assertEquals(0, r.get(6).number("decreases"), r::toString);
  }

  @BothEngines
  void unknownClockIsEinval(Engine engine) {
    List<Report> r =
        SyscallProbe.run(WasiRunner.on(engine), "time 4", "res 4", "time 0xffffffff", "res 0x80000000");
    for (Report step : r) {
      assertEquals(EINVAL, step.errno(), step::toString);
    }
  }

  /** Frozen clocks with distinct values: each clock id must read its own source. */
  private static final class FixedClocks implements Clocks {
    @Override
    public long realtime() {
      return 4_000_000_000_123_456_789L; // in 2096: far from the host's time
    }

    @Override
    public long monotonic() {
      return 42L;
    }

    @Override
    public long processCpuTime() {
      return 7_000L;
    }

    @Override
    public long threadCpuTime() {
      return 8_000L;
    }

    @Override
    public long realtimeResolution() {
      return 1_000L;
    }

    @Override
    public long monotonicResolution() {
      return 3L;
    }

    @Override
    public long cpuTimeResolution() {
      return 11L;
    }
  }

  @BothEngines
  void customClocksAreWhatTheGuestSees(Engine engine) {
    List<Report> r =
        SyscallProbe.run(
            WasiRunner.on(engine).with(b -> b.clocks(new FixedClocks())),
            "time 0", "time 1", "time 2", "time 3", "res 0", "res 1", "res 2", "res 3");
    assertEquals(
        List.of(
            "0 t=4000000000123456789", "0 t=42", "0 t=7000", "0 t=8000",
            "0 r=1000", "0 r=3", "0 r=11", "0 r=11"),
        r.stream().map(Report::toString).toList());
  }

  /**
   * poll_oneoff measures its timeouts on the builder's clocks too: on frozen clocks, a relative 0
   * and an absolute deadline the frozen realtime has passed fire at once (on the host's clocks that
   * deadline would be 70 years away), and the guest's elapsed time is exactly 0.
   */
  @BothEngines
  void pollUsesCustomClocks(Engine engine) {
    List<Report> r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                SyscallProbe.run(
                    WasiRunner.on(engine).with(b -> b.clocks(new FixedClocks())),
                    "poll clock:1:0",
                    "poll abs:0:-1000"));
    assertEquals("0 n=1 elapsed=0 e0=100:0:0:0:0", r.get(0).toString());
    assertEquals("0 n=1 elapsed=0 late=1000 e0=100:0:0:0:0", r.get(1).toString());
  }
}
