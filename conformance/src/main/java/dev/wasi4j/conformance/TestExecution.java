package dev.wasi4j.conformance;

import dev.wasi4j.PreparedModule;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/**
 * Performs a spec's operations for one test on one backend and checks their expectations,
 * stopping at the first that does not hold (as the official runner does). A {@code run} runs the
 * guest to its end at once: with no input to give it, reading its output as it comes or after it
 * ends makes no difference.
 */
final class TestExecution {
  private final TestCase test;
  private final Backend backend;
  private final ModuleCache modules;
  private Duration remaining;
  private int runsInSpec;
  private int runs;
  private GuestOutcome guest;
  private StreamCursor stdout;
  private StreamCursor stderr;

  /**
   * @param timeout the time all of the test's guests together may take
   */
  TestExecution(TestCase test, Backend backend, ModuleCache modules, Duration timeout) {
    this.test = test;
    this.backend = backend;
    this.modules = modules;
    this.remaining = timeout;
  }

  /** Why the test failed, or null when every expectation held. */
  String perform(List<Operation> operations) throws InterruptedException {
    runsInSpec = (int) operations.stream().filter(Operation.Run.class::isInstance).count();
    for (Operation operation : operations) {
      String failure;
      if (operation instanceof Operation.Run run) {
        failure = start(run);
      } else if (operation instanceof Operation.Read read) {
        failure = read(read);
      } else {
        failure = await((Operation.Wait) operation);
      }
      if (failure != null) {
        return failure;
      }
    }
    return null;
  }

  private String start(Operation.Run run) throws InterruptedException {
    runs++;
    for (Operation.Run.Preopen preopen : run.preopens()) {
      String dir = preopen.directory();
      if (!Files.isDirectory(test.directory().resolve(dir))) {
        return "run" + which() + ": \"" + dir + "\" is not a directory in " + test.directory();
      }
    }
    PreparedModule module;
    try {
      module = modules.load(test.module());
    } catch (RuntimeException e) {
      return "run" + which() + ": cannot load " + test.module().getFileName() + ": " + Reasons.describe(e);
    }
    long started = System.nanoTime();
    guest = GuestLauncher.launch(test, run, backend, module, remaining);
    remaining = remaining.minusNanos(System.nanoTime() - started);
    stdout = new StreamCursor(guest.stdout().text());
    stderr = new StreamCursor(guest.stderr().text());
    if (guest.ending() == GuestOutcome.Ending.TIMED_OUT
        || guest.ending() == GuestOutcome.Ending.HOST_ERROR) {
      return "run" + which() + ": " + guest.problem() + context();
    }
    return null;
  }

  private String read(Operation.Read read) {
    StreamCursor stream = read.id().equals("stdout") ? stdout : stderr;
    String expected = read.payload();
    String actual = stream.next(expected.codePointCount(0, expected.length()));
    if (actual.equals(expected)) {
      return null;
    }
    return "read "
        + read.id()
        + which()
        + ": expected "
        + Reasons.head(expected)
        + ", got "
        + Reasons.head(actual)
        + context();
  }

  private String await(Operation.Wait wait) {
    if (guest.ending() == GuestOutcome.Ending.TRAPPED) {
      return "wait" + which() + ": expected exit code " + wait.exitCode() + ", but " + guest.problem() + output();
    }
    if (guest.unsignedExitCode() != wait.exitCode()) {
      return "wait"
          + which()
          + ": expected exit code "
          + wait.exitCode()
          + ", got "
          + guest.unsignedExitCode()
          + output();
    }
    return null;
  }

  /** Which run an operation belongs to, when the spec has several. */
  private String which() {
    return runsInSpec > 1 ? " (run " + runs + " of " + runsInSpec + ")" : "";
  }

  /** The guest's exit code and output, on the lines after a failure. */
  private String context() {
    return guest.ending() == GuestOutcome.Ending.EXITED
        ? "\nexit code: " + guest.unsignedExitCode() + output()
        : output();
  }

  /** The guest's output, on the lines after a failure. */
  private String output() {
    StringBuilder text = new StringBuilder();
    appendStream(text, "stdout", stdout.text(), guest.stdout());
    appendStream(text, "stderr", stderr.text(), guest.stderr());
    return text.toString();
  }

  private static void appendStream(StringBuilder text, String name, String output, CapturedOutput captured) {
    if (!output.isEmpty()) {
      text.append('\n').append(name).append(": ").append(Reasons.tail(output));
    }
    if (captured.truncated()) {
      text.append('\n').append(name).append(" was cut at ").append(CapturedOutput.LIMIT).append(" bytes");
    }
  }
}
