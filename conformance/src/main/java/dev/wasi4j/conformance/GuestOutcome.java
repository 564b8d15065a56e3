package dev.wasi4j.conformance;

/**
 * How one run of a guest ended, with what it wrote.
 *
 * @param ending exited, trapped, timed out, or the host failed
 * @param exitCode the exit code, when it {@linkplain Ending#EXITED exited}
 * @param problem what went wrong otherwise, for the report
 */
record GuestOutcome(Ending ending, int exitCode, String problem, CapturedOutput stdout, CapturedOutput stderr) {
  enum Ending {
    /** {@code _start} returned (exit code 0) or the guest called {@code proc_exit}. */
    EXITED,
    /** The guest trapped: unreachable (e.g. a failed assertion), out-of-bounds access, ... */
    TRAPPED,
    /** It did not end within the test's time and was interrupted. */
    TIMED_OUT,
    /** It could not be started or the host failed under it (an exception from wasi4j or Chicory). */
    HOST_ERROR
  }

  /** The exit code as the unsigned 32-bit number {@code proc_exit} takes. */
  long unsignedExitCode() {
    return Integer.toUnsignedLong(exitCode);
  }
}
