package dev.wasi4j.conformance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A machine-readable report of a run, written with Jackson:
 *
 * <pre>{@code
 * {
 *   "suite_directory": "...", "engine": "compiler", "timeout_seconds": 30,
 *   "backends": ["nio", "memory"],
 *   "tests": [{"suite": "official-ports", "name": "path_link", "backend": "nio",
 *              "status": "FAILED", "reason": "...", "duration_ms": 12}, ...],
 *   "totals": {"passed": 150, "failed": 1, "skipped": 2, "duration_ms": 9000},
 *   "totals_by_backend": {"nio": {...}, "memory": {...}}
 * }
 * }</pre>
 *
 * {@code reason} is null for a passed test.
 */
public final class JsonReport {
  private JsonReport() {}

  record Test(
      String suite,
      String name,
      String backend,
      TestResult.Status status,
      String reason,
      @JsonProperty("duration_ms") long durationMs) {}

  record Counts(
      int passed, int failed, int skipped, @JsonProperty("duration_ms") long durationMs) {
    static Counts of(List<TestResult> results) {
      Totals totals = Totals.of(results);
      return new Counts(totals.passed(), totals.failed(), totals.skipped(), totals.duration().toMillis());
    }
  }

  record Report(
      @JsonProperty("suite_directory") String suiteDirectory,
      String engine,
      @JsonProperty("timeout_seconds") double timeoutSeconds,
      List<String> backends,
      List<Test> tests,
      Counts totals,
      @JsonProperty("totals_by_backend") Map<String, Counts> totalsByBackend) {}

  /**
   * Writes the report of {@code results}, a run of the suites in {@code suiteDirectory} by {@code
   * runner} on {@code backends}, to {@code file}.
   */
  public static void write(
      Path file, Path suiteDirectory, TestRunner runner, List<Backend> backends, List<TestResult> results)
      throws IOException {
    Map<String, Counts> byBackend = new LinkedHashMap<>();
    for (Backend backend : backends) {
      byBackend.put(
          backend.id(), Counts.of(results.stream().filter(r -> r.backend() == backend).toList()));
    }
    Report report =
        new Report(
            suiteDirectory.toString(),
            runner.engine().name().toLowerCase(Locale.ROOT),
            runner.timeout().toMillis() / 1000.0,
            backends.stream().map(Backend::id).toList(),
            results.stream()
                .map(
                    r ->
                        new Test(
                            r.test().suite().id(),
                            r.test().name(),
                            r.backend().id(),
                            r.status(),
                            r.reason(),
                            r.duration().toMillis()))
                .toList(),
            Counts.of(results),
            byBackend);
    Json.MAPPER.writeValue(file.toFile(), report);
  }
}
