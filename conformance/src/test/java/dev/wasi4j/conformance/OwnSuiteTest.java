package dev.wasi4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.wasi4j.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * wasi4j's own conformance suite ({@code conformance/suite}: the ports of the official suite, the
 * runner-format group, and any other group) as one dynamic test per test and backend, on every
 * backend, with Chicory's compiler (the runner's unit tests cover the interpreter). A failing test
 * fails the build; a skipped one is reported as skipped with its reason, and so is a failure listed
 * in {@link KnownFailures}.
 */
class OwnSuiteTest {
  private static final Path SUITE = Path.of("suite");

  @TestFactory
  Stream<DynamicNode> ownSuite() {
    List<TestSuite> suites = SuiteLocator.locate(SUITE);
    TestRunner runner = new TestRunner(Engine.COMPILER, Duration.ofSeconds(60));
    return Backend.all().stream()
        .map(backend -> dynamicContainer(backend.id(), suites.stream().map(s -> suite(runner, s, backend))));
  }

  /** The groups the suite is known to hold, whole, so that losing tests cannot pass unnoticed. */
  @Test
  void ownSuiteHoldsItsGroups() {
    Map<String, Integer> sizes =
        SuiteLocator.locate(SUITE).stream()
            .collect(Collectors.toMap(TestSuite::id, suite -> suite.tests().size()));
    // 72: every wasm32-wasip1 test of the official suite (docs/official-suite.md).
    assertEquals(72, sizes.get("official-ports"), sizes.toString());
    assertEquals(7, sizes.get("runner-format"), sizes.toString());
    assertEquals(32, sizes.get("filesystem"), sizes.toString());
  }

  private static DynamicNode suite(TestRunner runner, TestSuite suite, Backend backend) {
    return dynamicContainer(
        suite.id(),
        suite.tests().stream()
            .map(
                test ->
                    dynamicTest(
                        test.name() + " [" + backend.id() + "]",
                        test.module().toUri(),
                        () -> check(runner.run(test, backend)))));
  }

  private static void check(TestResult result) {
    Optional<String> known = KnownFailures.reason(result.test(), result.backend());
    switch (result.status()) {
      case PASSED ->
          known.ifPresent(
              why ->
                  Assertions.fail(
                      "passes, but KnownFailures lists it as failing (" + why + "): remove it there"));
      case SKIPPED -> Assumptions.abort(result.reason());
      case FAILED -> {
        if (known.isPresent()) {
          Assumptions.abort("known failure: " + known.get() + "\n" + result.reason());
        }
        Assertions.fail(result.reason());
      }
    }
  }
}
