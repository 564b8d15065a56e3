package dev.wasi4j.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies of real suite directories in a temporary directory, laid out as {@code
 * tests/<group>/testsuite/wasm32-wasip1/}, for tests that change specs or plant files.
 */
final class SuiteCopy {
  static final Path RUNNER_FORMAT = Path.of("suite/tests/runner-format/testsuite/wasm32-wasip1");

  private SuiteCopy() {}

  /** A copy of the runner-format group under {@code top}; returns the suite directory. */
  static Path runnerFormat(Path top) {
    Path target = suiteDirectory(top, "runner-format");
    copyTree(RUNNER_FORMAT, target);
    return target;
  }

  /** A new suite {@code group} under {@code top} holding the unit tests' guest {@code guest}. */
  static Path withGuest(Path top, String group, String guest) {
    Path target = suiteDirectory(top, group);
    try (InputStream wasm = SuiteCopy.class.getResourceAsStream("/guests/" + guest + ".wasm")) {
      if (wasm == null) {
        throw new IllegalStateException("no guest " + guest + " in src/test/resources/guests");
      }
      Files.createDirectories(target);
      Files.writeString(target.resolve("manifest.json"), "{\"name\": \"" + group + "\"}");
      Files.copy(wasm, target.resolve(guest + ".wasm"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** The test {@code name} of the (only) suite at {@code suiteDirectory}. */
  static TestCase test(Path suiteDirectory, String name) {
    return SuiteLocator.locate(suiteDirectory).get(0).tests().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no test " + name + " in " + suiteDirectory));
  }

  /** Replaces (or creates) the spec of test {@code name}. */
  static void writeSpec(Path suiteDirectory, String name, String json) {
    try {
      Files.writeString(suiteDirectory.resolve(name + ".json"), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path suiteDirectory(Path top, String group) {
    return top.resolve("tests").resolve(group).resolve("testsuite").resolve("wasm32-wasip1");
  }

  private static void copyTree(Path source, Path target) {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path copy = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
