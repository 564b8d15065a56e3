package dev.wasi4j.cli;

import dev.wasi4j.Engine;
import dev.wasi4j.conformance.Backend;
import dev.wasi4j.conformance.ConsoleReport;
import dev.wasi4j.conformance.JsonReport;
import dev.wasi4j.conformance.SuiteLocator;
import dev.wasi4j.conformance.SuiteRun;
import dev.wasi4j.conformance.TestCase;
import dev.wasi4j.conformance.TestFilter;
import dev.wasi4j.conformance.TestResult;
import dev.wasi4j.conformance.TestRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wasi4j test-suite}: runs a wasi-testsuite directory ({@code wasm32-wasip1} tests with
 * their json specs) in this JVM, judging each test as the official runner does, on one backend or
 * on each in turn. See {@link TestRunner} for how a test is run and judged.
 */
@Command(
    name = TestSuiteCommand.NAME,
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the wasm32-wasip1 tests of a wasi-testsuite directory in this JVM, judged as the"
          + " official runner judges them.",
      "DIR is a suite directory (it holds manifest.json) or a tree with suites at"
          + " tests/<group>/testsuite/<version>/ (e.g. a wasi-testsuite checkout).",
      "Prints a line for each failed or skipped test, with the reason below it, and closes with"
          + " 'N passed, M failed[, K skipped]'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every selected test passed or was skipped",
      "1:a test failed, or the JSON report could not be written",
      "2:bad command line: DIR is not a test suite, unknown backend, invalid filter, ..."
    })
final class TestSuiteCommand implements Callable<Integer> {
  /** The subcommand's name. */
  static final String NAME = "test-suite";

  private static final String ALL = "all";

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The test suite directory.")
  private Path directory;

  @Option(
      names = "--backend",
      paramLabel = "KIND",
      defaultValue = "nio",
      description = {
        "Where the tests' directories are served from: nio, memory, vfs, or all (default:"
            + " ${DEFAULT-VALUE}).",
        "nio: on disk in place, as the official runner does; memory: a fresh in-memory copy per"
            + " test; vfs: on disk through Commons VFS. all: nio, then memory, then vfs, a block"
            + " of output each."
      })
  private String backend;

  @Option(
      names = "--filter",
      paramLabel = "GLOB",
      description = {
        "Runs only the tests whose name matches GLOB (e.g. path_*), or, when GLOB has a '/', whose"
            + " SUITE/NAME matches (e.g. c/*, */fd_readdir); SUITE is the <group> of"
            + " tests/<group>/testsuite/.",
        "Repeatable: a test runs if any GLOB matches."
      })
  private final List<String> filters = new ArrayList<>();

  @Option(
      names = "--json",
      paramLabel = "OUT",
      description =
          "Also writes a JSON report to OUT: per test its suite, name, backend, status, reason and"
              + " duration_ms, and the totals.")
  private Path json;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "compiler",
      description =
          "Chicory's engine: interpreter or compiler (default: ${DEFAULT-VALUE}; each module is"
              + " compiled once and shared by the backends).")
  private Engine engine;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "The time a test's guest may run (default: ${DEFAULT-VALUE}); a guest still running then"
              + " is interrupted and the test fails.")
  private long timeoutSeconds;

  @Override
  public Integer call() {
    // Checked here rather than by converters, so that unknown options and --help come first.
    List<Backend> backends = backends();
    TestFilter filter = input(() -> TestFilter.globs(filters));
    if (timeoutSeconds <= 0) {
      throw usageError("--timeout must be positive, got " + timeoutSeconds);
    }
    if (json != null && !Files.isDirectory(json.toAbsolutePath().getParent())) {
      throw usageError("--json " + json + ": the directory to write it in does not exist");
    }
    List<TestCase> tests = SuiteRun.select(input(() -> SuiteLocator.locate(directory)), filter);
    if (tests.isEmpty()) {
      throw usageError("no test in " + directory + " matches --filter " + filter);
    }

    TestRunner runner = new TestRunner(engine, Duration.ofSeconds(timeoutSeconds));
    ConsoleReport console = new ConsoleReport(spec.commandLine().getOut(), backends);
    List<TestResult> results = SuiteRun.run(runner, tests, backends, console);
    console.finish(results);
    boolean failed = results.stream().anyMatch(r -> r.status() == TestResult.Status.FAILED);
    return writeJson(runner, backends, results) && !failed ? 0 : 1;
  }

  /** Writes the --json report, if asked for; false when it could not be written. */
  private boolean writeJson(TestRunner runner, List<Backend> backends, List<TestResult> results) {
    if (json == null) {
      return true;
    }
    try {
      JsonReport.write(json, directory, runner, backends, results);
      return true;
    } catch (IOException e) {
      spec.commandLine().getErr().println("wasi4j test-suite: cannot write the JSON report to " + json + ": " + e);
      return false;
    }
  }

  private List<Backend> backends() {
    String choice = backend.toLowerCase(Locale.ROOT);
    if (choice.equals(ALL)) {
      return Backend.all();
    }
    return input(() -> List.of(Backend.byId(choice)));
  }

  /** The value of {@code step}; its IllegalArgumentException is a usage error with its message. */
  private <T> T input(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) { // InvalidTestSuiteException among them
      throw usageError(e.getMessage());
    }
  }

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
