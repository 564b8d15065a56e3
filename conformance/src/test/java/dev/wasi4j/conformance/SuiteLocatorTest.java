package dev.wasi4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLocatorTest {
  @TempDir Path top;

  private Path suite(String relative, String manifest) throws IOException {
    Path dir = top.resolve(relative);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("manifest.json"), manifest);
    return dir;
  }

  private static String message(Path path) {
    return assertThrows(InvalidTestSuiteException.class, () -> SuiteLocator.locate(path)).getMessage();
  }

  @Test
  void findsTheOwnSuiteFromItsTopAndFromOneSuiteDirectory() {
    List<String> all = SuiteLocator.locate(Path.of("suite")).stream().map(TestSuite::id).toList();
    assertTrue(all.containsAll(List.of("official-ports", "runner-format")), all.toString());
    List<TestSuite> one = SuiteLocator.locate(SuiteCopy.RUNNER_FORMAT);
    assertEquals(1, one.size());
    TestSuite suite = one.get(0);
    assertEquals("runner-format", suite.id());
    assertEquals("wasm32-wasip1", suite.version());
    assertTrue(suite.name().startsWith("wasi4j runner-format"), suite.name());
    assertEquals(
        List.of(
            "legacy_args_env",
            "legacy_dirs",
            "legacy_exit_three",
            "legacy_root_cleanup",
            "no_spec_defaults",
            "ops_needs_sockets",
            "ops_two_runs"),
        suite.tests().stream().map(TestCase::name).toList());
  }

  @Test
  void versionComesFromTheManifestOrTheDirectoryAndOnlyPreview1IsKept() throws IOException {
    suite("tests/rust/testsuite/wasm32-wasip1", "{\"name\": \"Rust\"}");
    suite("tests/rust/testsuite/wasm32-wasip3", "{\"name\": \"Rust p3\"}");
    suite("tests/c/testsuite/wasm32-wasip1", "{\"name\": \"C\", \"version\": \"wasm32-wasip2\"}");
    suite("tests/old/testsuite", "{}"); // the older layout, without a version level: preview 1

    List<TestSuite> suites = SuiteLocator.locate(top);

    assertEquals(List.of("old", "rust"), suites.stream().map(TestSuite::id).toList());
    assertEquals("Rust", suites.get(1).name());
    assertEquals(top.resolve("tests/old/testsuite").toString(), suites.get(0).name());
  }

  @Test
  void aFixtureDirectoryInsideASuiteIsNotASuite() throws IOException {
    Path dir = suite("tests/c/testsuite/wasm32-wasip1", "{}");
    Files.createDirectories(dir.resolve("fs-tests.dir"));
    Files.writeString(dir.resolve("fs-tests.dir/manifest.json"), "not json");
    assertEquals(1, SuiteLocator.locate(top).size());
  }

  @Test
  void notASuiteIsAClearError() throws IOException {
    assertTrue(message(top.resolve("absent")).endsWith("absent does not exist"));
    Path file = Files.writeString(top.resolve("file"), "");
    assertTrue(message(file).endsWith("file is not a directory"));
    assertTrue(message(top).contains("is not a wasi-testsuite directory: there is no manifest.json"));
  }

  @Test
  void onlyOtherVersionsIsAClearError() throws IOException {
    suite("tests/rust/testsuite/wasm32-wasip3", "{}");
    assertTrue(message(top).contains("holds no wasm32-wasip1 test suite, only wasm32-wasip3 at"), message(top));
  }

  @Test
  void malformedManifestIsAClearError() throws IOException {
    Path dir = suite("tests/c/testsuite/wasm32-wasip1", "{\"name\": ");
    assertTrue(message(top).startsWith(dir.resolve("manifest.json") + " is not valid JSON: "), message(top));
    Files.writeString(dir.resolve("manifest.json"), "{\"name\": 3}");
    assertTrue(message(top).endsWith("\"name\" must be a string, got 3"), message(top));
    Files.writeString(dir.resolve("manifest.json"), "{\"name\": \"x\", \"flavour\": \"y\"}");
    assertTrue(message(top).endsWith("has an unknown key \"flavour\""), message(top));
  }
}
