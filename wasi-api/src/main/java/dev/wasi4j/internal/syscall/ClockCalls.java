package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.EINVAL;
import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static dev.wasi4j.internal.memory.GuestMemory.u32;
import static dev.wasi4j.internal.syscall.SyscallTable.I32;
import static dev.wasi4j.internal.syscall.SyscallTable.I64;

import dev.wasi4j.Clocks;
import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.abi.Flags;

/**
 * {@code clock_res_get} and {@code clock_time_get} (preview 1) over {@link Clocks}. Errors: EINVAL
 * for an unknown clock id, EFAULT for an out-of-range result pointer.
 */
final class ClockCalls {
  private final SyscallContext context;

  ClockCalls(SyscallContext context) {
    this.context = context;
  }

  void register(SyscallTable table) {
    table.add("clock_res_get", a -> resolution(a[0], a[1]), I32, I32);
    // The precision argument is a hint; every clock here is read at its best precision.
    table.add("clock_time_get", a -> time(a[0], a[2]), I32, I64, I32);
  }

  private int resolution(long clockId, long resultPtr) {
    context.memory().writeI64(u32(resultPtr), resolutionOf(context.clocks(), (int) clockId));
    return SUCCESS;
  }

  private int time(long clockId, long resultPtr) {
    context.memory().check(u32(resultPtr), 8);
    context.memory().writeI64(u32(resultPtr), now(context.clocks(), (int) clockId));
    return SUCCESS;
  }

  /** The current time of {@code clockId}, or EINVAL for an unknown clock. */
  static long now(Clocks clocks, int clockId) {
    switch (clockId) {
      case Flags.CLOCK_REALTIME:
        return clocks.realtime();
      case Flags.CLOCK_MONOTONIC:
        return clocks.monotonic();
      case Flags.CLOCK_PROCESS_CPUTIME:
        return clocks.processCpuTime();
      case Flags.CLOCK_THREAD_CPUTIME:
        return clocks.threadCpuTime();
      default:
        throw ErrnoException.of(EINVAL);
    }
  }

  private static long resolutionOf(Clocks clocks, int clockId) {
    switch (clockId) {
      case Flags.CLOCK_REALTIME:
        return clocks.realtimeResolution();
      case Flags.CLOCK_MONOTONIC:
        return clocks.monotonicResolution();
      case Flags.CLOCK_PROCESS_CPUTIME:
      case Flags.CLOCK_THREAD_CPUTIME:
        return clocks.cpuTimeResolution();
      default:
        throw ErrnoException.of(EINVAL);
    }
  }
}
