package dev.wasi4j.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One wasi-testsuite test directory, such as {@code tests/c/testsuite/wasm32-wasip1/}: a {@code
 * manifest.json}, the {@code *.wasm} test modules, their optional {@code .json} specs and the
 * fixture directories the specs preopen.
 *
 * @param directory the directory holding the manifest and the modules
 * @param id a short name for reports and filters: the {@code <group>} of {@code
 *     tests/<group>/testsuite/<version>/} (e.g. {@code c}, {@code official-ports}), or the
 *     directory's own name outside that layout
 * @param name the manifest's {@code name}, or the directory's path when the manifest has none
 * @param version the WASI version the modules target, e.g. {@code wasm32-wasip1}
 */
public record TestSuite(Path directory, String id, String name, String version) {
  public TestSuite {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }

  /** The suite's tests, one per {@code *.wasm} file directly in {@link #directory()}, by name. */
  public List<TestCase> tests() {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".wasm") && Files.isRegularFile(file))
          .sorted()
          .map(file -> new TestCase(this, baseName(file), file))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing the tests of " + directory, e);
    }
  }

  private static String baseName(Path module) {
    String file = module.getFileName().toString();
    return file.substring(0, file.length() - ".wasm".length());
  }
}
