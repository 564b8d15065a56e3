package dev.wasi4j.internal.syscall;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasi4j.WasiExitException;
import dev.wasi4j.internal.abi.Errno;
import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.fs.IoErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Chicory host functions of one WASI module ({@code wasi_snapshot_preview1}) from
 * {@link Syscall}s, and is the one place where failures become errnos: nothing a syscall throws
 * reaches the engine except {@link WasiExitException}, which ends the guest on purpose.
 */
final class SyscallTable {
  static final ValType I32 = ValType.I32;
  static final ValType I64 = ValType.I64;

  /** One shared result array per errno: every syscall returns a single i32, so none is allocated. */
  private static final long[][] RESULTS = new long[Errno.ENOTCAPABLE + 1][];

  static {
    for (int errno = 0; errno < RESULTS.length; errno++) {
      RESULTS[errno] = new long[] {errno};
    }
  }

  private final String module;
  private final SyscallContext context;
  private final List<HostFunction> functions = new ArrayList<>();

  SyscallTable(String module, SyscallContext context) {
    this.module = module;
    this.context = context;
  }

  /** Registers {@code name} taking {@code params} and returning an errno. */
  void add(String name, Syscall syscall, ValType... params) {
    FunctionType type = FunctionType.of(params, new ValType[] {I32});
    functions.add(
        new HostFunction(
            module,
            name,
            type,
            (instance, args) -> {
              context.memory().bind(instance.memory());
              return RESULTS[invoke(syscall, args)];
            }));
  }

  /** Registers {@code name} taking {@code params} and returning nothing ({@code proc_exit}). */
  void addVoid(String name, Syscall syscall, ValType... params) {
    functions.add(
        new HostFunction(
            module,
            name,
            FunctionType.of(params, new ValType[0]),
            (instance, args) -> {
              context.memory().bind(instance.memory());
              invoke(syscall, args);
              return null;
            }));
  }

  List<HostFunction> functions() {
    return functions;
  }

  private static int invoke(Syscall syscall, long[] args) {
    try {
      return syscall.call(args);
    } catch (ErrnoException e) {
      return e.errno();
    } catch (IOException e) {
      return IoErrors.errno(e);
    } catch (WasiExitException e) {
      throw e;
    } catch (RuntimeException e) {
      return IoErrors.errno(e);
    }
  }
}
