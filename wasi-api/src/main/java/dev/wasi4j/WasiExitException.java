package dev.wasi4j;

/**
 * Thrown through the guest when it calls {@code proc_exit}. {@link Wasi#start} catches it and returns
 * the code; it reaches the caller only from {@link Wasi#initialize} or from an export the caller
 * invokes directly, and then it says that the guest asked to end with {@link #exitCode()}.
 */
public final class WasiExitException extends RuntimeException {
  private final int exitCode;

  public WasiExitException(int exitCode) {
    super("guest exited with code " + Integer.toUnsignedString(exitCode), null, false, false);
    this.exitCode = exitCode;
  }

  /** The code passed to {@code proc_exit} (a u32 in the ABI). */
  public int exitCode() {
    return exitCode;
  }
}
