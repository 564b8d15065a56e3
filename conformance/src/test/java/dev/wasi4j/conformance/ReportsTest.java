package dev.wasi4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wasi4j.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real run of a copy of the runner-format group, with one spec made to fail, as reported. */
class ReportsTest {
  @TempDir Path top;

  private List<TestResult> runCopy(List<Backend> backends, RunListener listener) {
    Path suite = SuiteCopy.runnerFormat(top);
    SuiteCopy.writeSpec(suite, "legacy_exit_three", "{\"exit_code\": 4}");
    TestRunner runner = new TestRunner(Engine.INTERPRETER, Duration.ofSeconds(30));
    List<TestCase> tests =
        SuiteRun.select(SuiteLocator.locate(top), TestFilter.globs(List.of("legacy_*", "ops_needs_sockets")));
    return SuiteRun.run(runner, tests, backends, listener);
  }

  @Test
  void consoleListsFailedAndSkippedTestsAndCloses() {
    StringWriter text = new StringWriter();
    List<Backend> backends = List.of(Backend.NIO, Backend.MEMORY);
    PrintWriter out = new PrintWriter(text);
    ConsoleReport console = new ConsoleReport(out, backends);

    List<TestResult> results = runCopy(backends, console);
    console.finish(results);

    List<String> lines = text.toString().lines().toList();
    assertEquals("== nio: " + Backend.NIO.description(), lines.get(0));
    assertEquals(true, lines.get(1).startsWith("FAILED runner-format/legacy_exit_three [nio] ("), lines.get(1));
    assertEquals("    wait: expected exit code 4, got 3", lines.get(2));
    assertEquals("    stdout: \"partial result: 2 of 5\\n\"", lines.get(3));
    assertEquals(true, lines.get(4).startsWith("SKIPPED runner-format/ops_needs_sockets [nio] ("), lines.get(4));
    assertEquals(true, lines.get(5).startsWith("    requires the WASI proposal(s) sockets"), lines.get(5));
    assertEquals(true, lines.get(6).startsWith("nio: 3 passed, 1 failed, 1 skipped in "), lines.get(6));
    assertEquals("== memory: " + Backend.MEMORY.description(), lines.get(7));
    assertEquals("6 passed, 2 failed, 2 skipped", lines.get(lines.size() - 1));
  }

  @Test
  void jsonHasEveryTestAndTheTotals() throws IOException {
    List<Backend> backends = List.of(Backend.MEMORY);
    List<TestResult> results = runCopy(backends, new RunListener() {});
    Path file = top.resolve("report.json");
    JsonReport.write(file, top, new TestRunner(Engine.INTERPRETER, Duration.ofSeconds(30)), backends, results);

    JsonNode report = Json.MAPPER.readTree(file.toFile());
    assertEquals("interpreter", report.get("engine").asText());
    assertEquals(30.0, report.get("timeout_seconds").asDouble());
    assertEquals("[\"memory\"]", report.get("backends").toString());
    assertEquals(5, report.get("tests").size());
    JsonNode failed = report.get("tests").get(2);
    assertEquals("runner-format", failed.get("suite").asText());
    assertEquals("legacy_exit_three", failed.get("name").asText());
    assertEquals("memory", failed.get("backend").asText());
    assertEquals("FAILED", failed.get("status").asText());
    assertEquals(true, failed.get("reason").asText().startsWith("wait: expected exit code 4, got 3"));
    assertEquals(true, failed.get("duration_ms").isIntegralNumber());
    assertEquals(true, report.get("tests").get(0).get("reason").isNull());
    JsonNode totals = report.get("totals");
    assertEquals(List.of(3, 1, 1), List.of(totals.get("passed").asInt(), totals.get("failed").asInt(), totals.get("skipped").asInt()));
    assertEquals(totals, report.get("totals_by_backend").get("memory"));
  }
}
