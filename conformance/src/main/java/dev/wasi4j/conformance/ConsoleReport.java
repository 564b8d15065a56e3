package dev.wasi4j.conformance;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A run's progress for a terminal: a header per backend, one line per failed or skipped test (with
 * its reason indented below it; passed tests are not listed), the backend's totals when several
 * backends run, and at the end the overall {@code N passed, M failed[, K skipped]}.
 */
public final class ConsoleReport implements RunListener {
  private final PrintWriter out;
  private final boolean severalBackends;

  /** A report on {@code out} of a run on {@code backends}. */
  public ConsoleReport(PrintWriter out, List<Backend> backends) {
    this.out = out;
    this.severalBackends = backends.size() > 1;
  }

  @Override
  public void backendStarted(Backend backend) {
    out.println("== " + backend.id() + ": " + backend.description());
    out.flush();
  }

  @Override
  public void testFinished(TestResult result) {
    if (result.status() == TestResult.Status.PASSED) {
      return;
    }
    out.println(
        result.status()
            + " "
            + result.test().id()
            + " ["
            + result.backend().id()
            + "] ("
            + result.duration().toMillis()
            + " ms)");
    for (String line : result.reason().split("\n")) {
      out.println("    " + line);
    }
    out.flush();
  }

  @Override
  public void backendFinished(Backend backend, List<TestResult> results) {
    if (severalBackends) {
      Totals totals = Totals.of(results);
      out.println(backend.id() + ": " + totals.summary() + " in " + seconds(totals.duration()));
      out.flush();
    }
  }

  /** Prints the closing line: the totals over every backend. */
  public void finish(List<TestResult> results) {
    out.println(Totals.of(results).summary());
    out.flush();
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
