package dev.wasi4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestFilterTest {
  private static final List<TestCase> TESTS =
      List.of(
          test("official-ports", "lseek"),
          test("official-ports", "path_rename"),
          test("official-ports", "path_rename_dir_trailing_slashes"),
          test("runner-format", "legacy_dirs"),
          test("runner-format", "ops_needs_sockets"),
          test("runner-format", "ops_two_runs"));

  private static TestCase test(String suite, String name) {
    Path directory = Path.of("tests", suite, "testsuite", "wasm32-wasip1");
    return new TestCase(
        new TestSuite(directory, suite, suite, "wasm32-wasip1"), name, directory.resolve(name + ".wasm"));
  }

  private static List<String> selected(String... globs) {
    return TESTS.stream().filter(TestFilter.globs(List.of(globs))).map(TestCase::id).toList();
  }

  @Test
  void namePatternMatchesInEverySuite() {
    assertEquals(
        List.of("official-ports/path_rename", "official-ports/path_rename_dir_trailing_slashes"),
        selected("path_rename*"));
  }

  @Test
  void qualifiedPatternMatchesSuiteAndName() {
    assertEquals(
        List.of("runner-format/ops_needs_sockets", "runner-format/ops_two_runs"),
        selected("runner-format/ops_*"));
    assertEquals(List.of("official-ports/lseek"), selected("*/lseek"));
  }

  @Test
  void anyPatternSelects() {
    assertEquals(
        List.of("official-ports/lseek", "runner-format/legacy_dirs"), selected("lseek", "legacy_dirs"));
  }

  @Test
  void noPatternSelectsEverything() {
    assertEquals(TESTS.size(), selected().size());
  }

  @Test
  void invalidPatternIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TestFilter.globs(List.of("path_[")));
    assertTrue(e.getMessage().startsWith("invalid filter pattern \"path_[\": Missing "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" at index 5"), e.getMessage());
  }
}
