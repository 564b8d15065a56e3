package dev.wasi4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import dev.wasi4j.Engine;
import dev.wasi4j.Wasi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The runner judging real guests: copies of the runner-format group whose specs are changed so that
 * an expectation no longer holds, must fail with a reason naming the expectation, the expected and
 * the actual value; artifacts planted in the fixture must be gone before the guest looks.
 */
class TestRunnerTest {
  private static final TestRunner RUNNER = new TestRunner(Engine.INTERPRETER, Duration.ofSeconds(30));

  @TempDir Path top;
  private Path suite;

  /** This test's copy of the runner-format group, made on first use. */
  private Path suite() {
    if (suite == null) {
      suite = SuiteCopy.runnerFormat(top);
    }
    return suite;
  }

  private TestResult run(String name, Backend backend) {
    return RUNNER.run(SuiteCopy.test(suite(), name), backend);
  }

  private TestResult runWithSpec(String name, String spec) {
    SuiteCopy.writeSpec(suite(), name, spec);
    return run(name, Backend.NIO);
  }

  private static void assertFailed(TestResult result, String... fragments) {
    assertEquals(TestResult.Status.FAILED, result.status(), () -> String.valueOf(result.reason()));
    for (String fragment : fragments) {
      assertTrue(result.reason().contains(fragment), () -> "no \"" + fragment + "\" in: " + result.reason());
    }
  }

  /** The whole group as committed, on the interpreter (the own suite runs on the compiler). */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void runnerFormatGroupPassesOnTheInterpreter(Backend backend) {
    for (TestCase test : SuiteLocator.locate(suite()).get(0).tests()) {
      TestResult result = RUNNER.run(test, backend);
      TestResult.Status expected =
          test.name().equals("ops_needs_sockets") ? TestResult.Status.SKIPPED : TestResult.Status.PASSED;
      assertEquals(expected, result.status(), () -> test + ": " + result.reason());
    }
  }

  @Test
  void wrongExitCodeFails() {
    TestResult result =
        runWithSpec("legacy_exit_three", "{\"exit_code\": 4, \"stdout\": \"partial result: 2 of 5\\n\"}");
    assertFailed(result, "wait: expected exit code 4, got 3\nstdout: \"partial result: 2 of 5\\n\"");
  }

  @Test
  void nonZeroExitWithoutExpectationFails() {
    assertFailed(runWithSpec("legacy_exit_three", "{}"), "wait: expected exit code 0, got 3");
  }

  @Test
  void wrongStdoutFails() {
    TestResult result =
        runWithSpec("legacy_exit_three", "{\"exit_code\": 3, \"stdout\": \"partial result: 3 of 5\\n\"}");
    assertFailed(
        result,
        "read stdout: expected \"partial result: 3 of 5\\n\", got \"partial result: 2 of 5\\n\"",
        "exit code: 3");
  }

  @Test
  void wrongStderrFails() {
    TestResult result = runWithSpec("legacy_args_env", "{\"args\": [\"one\"], \"stderr\": \"other\\n\"}");
    assertFailed(result, "read stderr: expected \"other\\n\", got \"stderr\"");
  }

  @Test
  void wrongArgumentsShowInStdout() {
    TestResult result = runWithSpec("legacy_args_env", "{\"args\": [\"one\"], \"stdout\": \"argc=4\\n\"}");
    assertFailed(result, "read stdout: expected \"argc=4\\n\", got \"argc=2\\n\"");
  }

  /** As the official runner does: a read takes as many characters as expected; the rest is not compared. */
  @Test
  void outputBeyondTheExpectedPayloadIsNotCompared() {
    TestResult result = runWithSpec("legacy_exit_three", "{\"exit_code\": 3, \"stdout\": \"partial\"}");
    assertEquals(TestResult.Status.PASSED, result.status(), result.reason());
  }

  @Test
  void secondRunOfAnOperationSpecIsJudgedOnItsOwn() {
    TestResult result =
        runWithSpec(
            "ops_two_runs",
            """
            {"operations": [
              {"type": "run", "args": ["first"], "root": "root.dir"},
              {"type": "read", "payload": "run first\\n"},
              {"type": "wait"},
              {"type": "run", "args": ["second"], "env": {"EXIT_CODE": "5"}, "root": "root.dir"},
              {"type": "read", "payload": "run second\\n"},
              {"type": "wait", "exit_code": 6}
            ]}
            """);
    assertFailed(result, "wait (run 2 of 2): expected exit code 6, got 5", "stderr of run second");
  }

  @Test
  void consecutiveReadsContinueWhereTheLastStopped() {
    TestResult result =
        runWithSpec(
            "ops_two_runs",
            """
            {"operations": [
              {"type": "run", "args": ["first"], "root": "root.dir"},
              {"type": "read", "payload": "run first\\n"},
              {"type": "read", "payload": "run first\\n"},
              {"type": "wait"}
            ]}
            """);
    // The second read takes the next 10 characters, not the first 10 again.
    assertFailed(result, "read stdout: expected \"run first\\n\", got \"keep.txt: \"");
  }

  /** The no-spec guest checks the defaults itself: given arguments, it must fail. */
  @Test
  void noSpecGuestFailsWhenNotGivenTheDefaults() {
    assertEquals(TestResult.Status.PASSED, run("no_spec_defaults", Backend.NIO).status());
    TestResult result = runWithSpec("no_spec_defaults", "{\"args\": [\"extra\"], \"env\": {\"A\": \"b\"}}");
    assertFailed(result, "expected exit code 0, got 1", "argc is 2", "environment is not empty");
  }

  @Test
  void leftoverArtifactsAreDeletedBeforeAndAfterTheTest() throws IOException {
    Path suite = suite();
    Path root = suite.resolve("root.dir");
    Files.writeString(root.resolve("x.cleanup"), "left over");
    Files.createDirectories(root.resolve("leftover.cleanup/nested"));
    Files.writeString(root.resolve("leftover.cleanup/nested/file"), "left over");
    Files.createSymbolicLink(root.resolve("link.cleanup"), root.resolve("keep.txt"));
    Files.writeString(suite.resolve("beside-the-tests.cleanup"), "left over");

    TestResult result = RUNNER.run(SuiteCopy.test(suite, "legacy_root_cleanup"), Backend.NIO);

    assertEquals(TestResult.Status.PASSED, result.status(), result.reason());
    try (Stream<Path> left = Files.walk(suite)) {
      assertEquals(
          List.of(),
          left.filter(p -> p.getFileName().toString().endsWith(".cleanup")).toList());
    }
    assertEquals("kept\n", Files.readString(root.resolve("keep.txt")), "a link's target is kept");
  }

  /** Without the runner's cleanup, the guest sees an artifact and fails: its check can fail. */
  @Test
  void cleanupGuestFailsWhenAnArtifactIsPresent() throws IOException {
    Path suite = suite();
    Files.writeString(suite.resolve("root.dir/x.cleanup"), "left over");
    int exitCode;
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try (Wasi wasi =
        Wasi.builder()
            .args("legacy_root_cleanup.wasm")
            .preopen("/", suite.resolve("root.dir"))
            .stdin(new ByteArrayInputStream(new byte[0]))
            .stderr(stderr)
            .build()) {
      exitCode = wasi.run(Parser.parse(suite.resolve("legacy_root_cleanup.wasm")), Engine.INTERPRETER);
    }
    assertEquals(1, exitCode);
    assertTrue(stderr.toString().contains("/x.cleanup is present"), stderr.toString());
  }

  @Test
  void missingRootFails() {
    assertFailed(
        runWithSpec("legacy_root_cleanup", "{\"root\": \"absent.dir\"}"),
        "run: \"absent.dir\" is not a directory in");
  }

  @Test
  void trapFailsTheWait() {
    Path suite = SuiteCopy.withGuest(top, "guests", "trap");
    TestResult result = RUNNER.run(SuiteCopy.test(suite, "trap"), Backend.NIO);
    assertFailed(result, "wait: expected exit code 0, but guest trapped", "stderr: \"about to trap\\n\"");
  }

  @Test
  void unloadableModuleFails() throws IOException {
    Files.writeString(suite().resolve("legacy_exit_three.wasm"), "not a module");
    assertFailed(run("legacy_exit_three", Backend.NIO), "run: cannot load legacy_exit_three.wasm");
  }

  @Test
  void resultCarriesTestBackendAndDuration() {
    TestResult result = run("legacy_exit_three", Backend.MEMORY);
    assertEquals(TestResult.Status.PASSED, result.status(), result.reason());
    assertNull(result.reason());
    assertEquals("runner-format/legacy_exit_three", result.test().id());
    assertEquals(Backend.MEMORY, result.backend());
    assertFalse(result.duration().isNegative());
  }
}
