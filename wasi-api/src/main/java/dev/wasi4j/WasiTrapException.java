package dev.wasi4j;

/**
 * The guest trapped (unreachable, out-of-bounds access, stack exhaustion, ...) while {@link Wasi}
 * was running it. The message names the reason; the cause is the engine's own exception.
 */
public final class WasiTrapException extends RuntimeException {
  public WasiTrapException(String reason, Throwable cause) {
    super("guest trapped: " + reason, cause);
  }
}
