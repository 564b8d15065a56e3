package dev.wasi4j.internal.syscall;

import com.dylibso.chicory.runtime.HostFunction;
import java.util.List;

/**
 * All 46 functions of {@code wasi_snapshot_preview1}, one family per class as in the spec's
 * grouping: args and environ, clocks, descriptors, data transfer, paths, poll, proc and sched,
 * random, sockets.
 */
public final class Preview1 {
  /** The import module name guests use. */
  public static final String MODULE = "wasi_snapshot_preview1";

  private Preview1() {}

  /** Host functions bound to {@code context}, for Chicory's {@code ImportValues}. */
  public static List<HostFunction> hostFunctions(SyscallContext context) {
    SyscallTable table = new SyscallTable(MODULE, context);
    new ArgsCalls(context).register(table);
    new ClockCalls(context).register(table);
    new FdCalls(context).register(table);
    new FdIoCalls(context).register(table);
    new PathCalls(context).register(table);
    new PollCalls(context).register(table);
    new ProcCalls().register(table);
    new RandomCalls(context).register(table);
    new SockCalls(context).register(table);
    return List.copyOf(table.functions());
  }
}
