package dev.wasi4j.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the {@code wasm32-wasip1} test suites in a directory laid out like wasi-testsuite: either a
 * suite directory itself (it holds a {@code manifest.json}), or a tree with suites at {@code
 * tests/<group>/testsuite/<version>/} (or the older {@code tests/<group>/testsuite/}) below it.
 * Suites of other WASI versions are ignored.
 */
public final class SuiteLocator {
  /** The only WASI version this runner executes. */
  public static final String WASIP1 = "wasm32-wasip1";

  /** How far below the given directory a manifest may be: {@code tests/<group>/testsuite/<v>}. */
  private static final int MAX_DEPTH = 4;

  private static final Pattern VERSION = Pattern.compile("wasm32-wasip\\d+");

  private SuiteLocator() {}

  /**
   * The {@code wasm32-wasip1} suites at or below {@code directory}, ordered by path.
   *
   * @throws InvalidTestSuiteException if {@code directory} is not a directory, holds no suite, holds
   *     only suites of other versions, or has a malformed manifest
   */
  public static List<TestSuite> locate(Path directory) {
    if (!Files.exists(directory)) {
      throw new InvalidTestSuiteException(directory + " does not exist");
    }
    if (!Files.isDirectory(directory)) {
      throw new InvalidTestSuiteException(directory + " is not a directory");
    }
    List<Path> found = suiteDirectories(directory.toAbsolutePath().normalize());
    if (found.isEmpty()) {
      throw new InvalidTestSuiteException(
          directory
              + " is not a wasi-testsuite directory: there is no "
              + Manifest.FILE
              + " in it nor in tests/*/testsuite/*/ below it");
    }
    List<TestSuite> suites = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (Path suiteDirectory : found) {
      TestSuite suite = describe(suiteDirectory);
      if (suite.version().equals(WASIP1)) {
        suites.add(suite);
      } else {
        others.add(suite.version() + " at " + suiteDirectory);
      }
    }
    if (suites.isEmpty()) {
      throw new InvalidTestSuiteException(
          directory + " holds no " + WASIP1 + " test suite, only " + String.join(", ", others));
    }
    return List.copyOf(suites);
  }

  /** Directories holding a manifest; the walk does not descend into a suite (fixtures live there). */
  private static List<Path> suiteDirectories(Path top) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          top,
          EnumSet.noneOf(FileVisitOption.class),
          // The walk only enters directories above its limit; those at MAX_DEPTH must be entered.
          MAX_DEPTH + 1,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              if (Files.isRegularFile(dir.resolve(Manifest.FILE))) {
                found.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("searching " + top + " for test suites", e);
    }
    found.sort(Comparator.naturalOrder());
    return found;
  }

  private static TestSuite describe(Path directory) {
    Manifest manifest = Manifest.read(directory);
    String dirName = directory.getFileName().toString();
    // As the official runner does: the manifest's version, else the directory's name when it is a
    // version (the current layout), else preview 1 (the older layout without a version level).
    String version =
        manifest.version().orElse(VERSION.matcher(dirName).matches() ? dirName : WASIP1);
    return new TestSuite(directory, id(directory), manifest.name().orElse(directory.toString()), version);
  }

  /** {@code <group>} for {@code tests/<group>/testsuite[/<version>]}, else the directory's name. */
  private static String id(Path directory) {
    Path dir = directory;
    if (VERSION.matcher(name(dir)).matches() && dir.getParent() != null) {
      dir = dir.getParent();
    }
    if (name(dir).equals("testsuite") && dir.getParent() != null) {
      return name(dir.getParent());
    }
    return name(directory);
  }

  private static String name(Path path) {
    return path.getFileName() == null ? path.toString() : path.getFileName().toString();
  }
}
