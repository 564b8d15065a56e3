package dev.wasi4j.conformance;

import java.time.Duration;
import java.util.Objects;

/**
 * The result of one test on one backend.
 *
 * @param reason why it failed or was skipped (may span lines: the first says what differed, the
 *     next show the guest's exit and output); null when it passed
 * @param duration the wall-clock time of the test, spec reading and cleanup included
 */
public record TestResult(TestCase test, Backend backend, Status status, String reason, Duration duration) {
  /** How a test ended. */
  public enum Status {
    /** Every operation's expectation held. */
    PASSED,
    /** An expectation did not hold, the spec is invalid, or the guest timed out or broke the host. */
    FAILED,
    /** The runner cannot execute the test (a proposal, world or operation it does not support). */
    SKIPPED
  }

  public TestResult {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(duration, "duration");
    if ((status == Status.PASSED) != (reason == null)) {
      throw new IllegalArgumentException("a " + status + " result " + (reason == null ? "needs" : "has no") + " reason");
    }
  }
}
