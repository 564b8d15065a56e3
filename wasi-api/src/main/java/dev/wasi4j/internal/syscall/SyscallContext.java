package dev.wasi4j.internal.syscall;

import dev.wasi4j.Clocks;
import dev.wasi4j.internal.fd.FdTable;
import dev.wasi4j.internal.memory.GuestMemory;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;

/**
 * Everything the syscalls of one guest share: its memory view, descriptor table, arguments,
 * environment, clocks, randomness, and a scratch buffer that carries bytes between guest memory and
 * host channels without allocating per call.
 */
public final class SyscallContext {
  /** Largest chunk moved per host read or write; bounds the scratch buffer. */
  static final int SCRATCH_SIZE = 64 * 1024;

  private final GuestMemory memory = new GuestMemory();
  private final FdTable fds;
  private final List<byte[]> args;
  private final List<byte[]> environ;
  private final Clocks clocks;
  private final Random random;
  private final ByteBuffer scratch = ByteBuffer.allocate(SCRATCH_SIZE);

  /**
   * @param args the arguments, UTF-8 encoded, without terminators
   * @param environ the {@code NAME=value} entries, UTF-8 encoded, without terminators
   */
  public SyscallContext(
      FdTable fds, List<byte[]> args, List<byte[]> environ, Clocks clocks, Random random) {
    this.fds = fds;
    this.args = List.copyOf(args);
    this.environ = List.copyOf(environ);
    this.clocks = clocks;
    this.random = random;
  }

  GuestMemory memory() {
    return memory;
  }

  FdTable fds() {
    return fds;
  }

  List<byte[]> args() {
    return args;
  }

  List<byte[]> environ() {
    return environ;
  }

  Clocks clocks() {
    return clocks;
  }

  Random random() {
    return random;
  }

  /** The scratch buffer, cleared, limited to at most {@code length} bytes. */
  ByteBuffer scratch(long length) {
    scratch.clear();
    if (length < SCRATCH_SIZE) {
      scratch.limit((int) length);
    }
    return scratch;
  }
}
