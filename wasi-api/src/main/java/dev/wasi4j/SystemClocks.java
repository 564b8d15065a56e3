package dev.wasi4j;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/** {@link Clocks#system()}: the JVM's own clocks. */
final class SystemClocks implements Clocks {
  static final SystemClocks INSTANCE = new SystemClocks();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final java.lang.management.OperatingSystemMXBean OS =
      ManagementFactory.getOperatingSystemMXBean();

  private SystemClocks() {}

  @Override
  public long realtime() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  @Override
  public long monotonic() {
    return System.nanoTime();
  }

  @Override
  public long processCpuTime() {
    if (OS instanceof com.sun.management.OperatingSystemMXBean) {
      long nanos = ((com.sun.management.OperatingSystemMXBean) OS).getProcessCpuTime();
      if (nanos >= 0) {
        return nanos;
      }
    }
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
  }

  @Override
  public long threadCpuTime() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : monotonic();
  }

  /** {@code Instant.now()} is at least microsecond-precise on every platform the JDK supports. */
  @Override
  public long realtimeResolution() {
    return 1_000L;
  }

  @Override
  public long monotonicResolution() {
    return 1L;
  }

  @Override
  public long cpuTimeResolution() {
    return 1L;
  }
}
