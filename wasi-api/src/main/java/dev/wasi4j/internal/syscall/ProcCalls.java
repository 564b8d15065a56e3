package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.ENOSYS;
import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static dev.wasi4j.internal.syscall.SyscallTable.I32;

import dev.wasi4j.WasiExitException;

/**
 * {@code proc_exit}, {@code proc_raise} and {@code sched_yield} (preview 1). {@code proc_exit}
 * unwinds the guest with a {@link WasiExitException}; {@code proc_raise} is ENOSYS, as signals have
 * no meaning for an in-process guest (wasmtime does the same).
 */
final class ProcCalls {

  void register(SyscallTable table) {
    table.addVoid(
        "proc_exit",
        a -> {
          throw new WasiExitException((int) a[0]);
        },
        I32);
    table.add("proc_raise", a -> ENOSYS, I32);
    table.add(
        "sched_yield",
        a -> {
          Thread.yield();
          return SUCCESS;
        });
  }
}
