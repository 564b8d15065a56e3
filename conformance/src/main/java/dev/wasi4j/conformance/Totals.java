package dev.wasi4j.conformance;

import java.time.Duration;
import java.util.Collection;

/** How many tests passed, failed and were skipped, and how long they took together. */
public record Totals(int passed, int failed, int skipped, Duration duration) {
  /** The totals of {@code results}. */
  public static Totals of(Collection<TestResult> results) {
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    Duration duration = Duration.ZERO;
    for (TestResult result : results) {
      switch (result.status()) {
        case PASSED -> passed++;
        case FAILED -> failed++;
        case SKIPPED -> skipped++;
      }
      duration = duration.plus(result.duration());
    }
    return new Totals(passed, failed, skipped, duration);
  }

  /** {@code N passed, M failed}, with {@code , K skipped} when any were. */
  public String summary() {
    return passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
  }
}
