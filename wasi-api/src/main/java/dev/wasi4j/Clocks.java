package dev.wasi4j;

/**
 * The time sources behind {@code clock_time_get}, {@code clock_res_get} and clock subscriptions of
 * {@code poll_oneoff}. All values are nanoseconds.
 *
 * <p>The default, {@link #system()}, reads the JVM's clocks; tests may supply their own.
 */
public interface Clocks {

  /** Nanoseconds since 1970-01-01T00:00:00Z. */
  long realtime();

  /** Nanoseconds since an arbitrary fixed origin; never decreases. */
  long monotonic();

  /** CPU time consumed by this process (the JVM running the guest). */
  long processCpuTime();

  /** CPU time consumed by the calling thread. */
  long threadCpuTime();

  /** Resolution of {@link #realtime()}. */
  long realtimeResolution();

  /** Resolution of {@link #monotonic()}. */
  long monotonicResolution();

  /** Resolution of the CPU-time clocks. */
  long cpuTimeResolution();

  /** The JVM's clocks: {@code Instant.now()}, {@code System.nanoTime()} and the CPU-time MXBeans. */
  static Clocks system() {
    return SystemClocks.INSTANCE;
  }
}
