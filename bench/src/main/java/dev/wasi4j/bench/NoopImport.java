package dev.wasi4j.bench;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;

/**
 * The host function {@code bench.noop (i32) -> i32} of the {@code noop_call} guest: it does nothing
 * and returns 0 from a shared result array. Both WASI implementations get this same function, so the
 * guest measures the bare cost of a call from wasm into Java under each engine.
 */
final class NoopImport {
  static final String MODULE = "bench";
  static final String NAME = "noop";

  private static final long[] ZERO = {0};

  private NoopImport() {}

  static HostFunction function() {
    return new HostFunction(
        MODULE,
        NAME,
        FunctionType.of(new ValType[] {ValType.I32}, new ValType[] {ValType.I32}),
        (instance, args) -> ZERO);
  }
}
