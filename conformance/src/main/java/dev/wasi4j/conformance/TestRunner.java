package dev.wasi4j.conformance;

import dev.wasi4j.Engine;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs wasi-testsuite tests in-process through wasi4j, one test on one backend at a time, as the
 * official runner judges them:
 *
 * <ol>
 *   <li>the test's {@code .json} is read in either form and validated (an invalid spec fails the
 *       test, with the reason); a test needing a proposal, world or operation this runner does not
 *       support is skipped, with the reason;
 *   <li>{@code *.cleanup} artifacts are deleted from the test's directory tree, before and after;
 *   <li>each {@code run} starts the module with the spec's args (after argv[0], the module's file
 *       name), exactly the spec's environment, empty stdin, captured stdout and stderr, and its
 *       {@code root} preopened as {@code /} and its {@code dirs} under their own names, served by
 *       the backend; the test's guests together get {@link #timeout()};
 *   <li>each {@code read} compares the next characters of a stream with its payload (output not
 *       read is not compared); each {@code wait} compares the exit code. The first mismatch fails
 *       the test.
 * </ol>
 *
 * <p>Modules are parsed and compiled once per runner and shared between backends. A runner is not
 * thread-safe; it must not run two tests at once (tests of a suite share its fixture directory).
 */
public final class TestRunner {
  private final Engine engine;
  private final Duration timeout;
  private final ModuleCache modules;

  /** A runner executing guests on {@code engine}, each test within {@code timeout}. */
  public TestRunner(Engine engine, Duration timeout) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive, got " + timeout);
    }
    this.modules = new ModuleCache(engine);
  }

  public Engine engine() {
    return engine;
  }

  public Duration timeout() {
    return timeout;
  }

  /** Runs {@code test} with its directories served by {@code backend}. */
  public TestResult run(TestCase test, Backend backend) {
    long started = System.nanoTime();
    TestResult.Status status;
    String reason;
    try {
      TestSpec spec = SpecReader.read(test);
      Optional<String> unsupported = spec.unsupported();
      if (unsupported.isPresent()) {
        status = TestResult.Status.SKIPPED;
        reason = unsupported.get();
      } else {
        reason = execute(test, spec, backend);
        status = reason == null ? TestResult.Status.PASSED : TestResult.Status.FAILED;
      }
    } catch (InvalidSpecException e) {
      status = TestResult.Status.FAILED;
      reason = "invalid spec: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = TestResult.Status.FAILED;
      reason = "the runner was interrupted while the guest ran";
    }
    return new TestResult(test, backend, status, reason, Duration.ofNanos(System.nanoTime() - started));
  }

  private String execute(TestCase test, TestSpec spec, Backend backend) throws InterruptedException {
    try {
      Artifacts.clean(test.directory());
    } catch (IOException e) {
      return "cannot delete the *.cleanup artifacts before the test: " + e;
    }
    String failure =
        new TestExecution(test, backend, modules, timeout).perform(spec.operations());
    try {
      Artifacts.clean(test.directory());
    } catch (IOException e) {
      String cleanup = "cannot delete the *.cleanup artifacts the test left: " + e;
      failure = failure == null ? cleanup : failure + "\n" + cleanup;
    }
    return failure;
  }
}
