package dev.wasi4j.internal.abi;

/**
 * Ends a syscall with a WASI errno. Syscalls throw it from any depth; the dispatcher turns it into the
 * function's return value, so it never reaches the engine. Instances are shared and carry no stack
 * trace: throwing one costs no more than a return.
 */
public final class ErrnoException extends RuntimeException {
  private static final ErrnoException[] CACHE = new ErrnoException[Errno.ENOTCAPABLE + 1];

  static {
    for (int errno = 1; errno < CACHE.length; errno++) {
      CACHE[errno] = new ErrnoException(errno);
    }
  }

  private final int errno;

  private ErrnoException(int errno) {
    super(Errno.name(errno), null, false, false);
    this.errno = errno;
  }

  /** The exception for {@code errno}, which must be a defined non-zero errno. */
  public static ErrnoException of(int errno) {
    return CACHE[errno];
  }

  /** The WASI errno this exception stands for. */
  public int errno() {
    return errno;
  }
}
