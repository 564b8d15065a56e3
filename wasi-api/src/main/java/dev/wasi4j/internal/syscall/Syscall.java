package dev.wasi4j.internal.syscall;

import java.io.IOException;

/**
 * The body of one WASI import: takes the wasm arguments, returns an errno (0 for success). Results
 * go to guest memory through pointers in {@code args}. Failures may also be thrown as
 * {@link dev.wasi4j.internal.abi.ErrnoException}, {@link IOException} or a provider's unchecked
 * exception; {@link SyscallTable} maps them all to an errno.
 */
@FunctionalInterface
interface Syscall {
  int call(long[] args) throws IOException;
}
