package dev.wasi4j.bench;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bytes the benchmark thread allocates inside the measured runs only, as JMH secondary results
 * {@code allocatedBytes} and {@code runs} (per iteration). JMH's {@code gc.alloc.rate.norm} also
 * counts what the untimed per-run setup allocates (a new instance and its memory, a new WASI
 * context, the sandbox's fixture files), which would be charged to the operations; this counter is
 * not.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class AllocationCounter {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Bytes allocated by the runs of this iteration. */
  public long allocatedBytes;

  /** Runs in this iteration. */
  public long runs;

  private long before;

  @Setup(Level.Iteration)
  public void reset() {
    allocatedBytes = 0;
    runs = 0;
  }

  /** Marks the start of a measured run. */
  void begin() {
    before = THREADS.getCurrentThreadAllocatedBytes();
  }

  /** Marks the end of the run started by {@link #begin}. */
  void end() {
    allocatedBytes += THREADS.getCurrentThreadAllocatedBytes() - before;
    runs++;
  }
}
