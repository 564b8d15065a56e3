package dev.wasi4j.conformance;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;

/**
 * Selects tests by glob patterns: a pattern without {@code /} matches the test's name (e.g. {@code
 * path_*}), one with {@code /} matches {@code <suite id>/<name>} (e.g. {@code official-ports/*},
 * {@code *}{@code /fd_readdir}). A test is selected when any pattern matches; with no patterns,
 * every test is. Patterns use {@code java.nio}'s glob syntax ({@code *}, {@code ?}, {@code [..]},
 * {@code {a,b}}).
 */
public final class TestFilter implements Predicate<TestCase> {
  private record Pattern(String glob, PathMatcher matcher, boolean qualified) {}

  private final List<Pattern> patterns;

  private TestFilter(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  /**
   * A filter selecting the tests any of {@code globs} matches, or every test if there are none.
   *
   * @throws IllegalArgumentException naming the pattern if one is not a valid glob
   */
  public static TestFilter globs(List<String> globs) {
    List<Pattern> patterns = new ArrayList<>();
    for (String glob : globs) {
      try {
        patterns.add(
            new Pattern(glob, FileSystems.getDefault().getPathMatcher("glob:" + glob), glob.contains("/")));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "invalid filter pattern \"" + glob + "\": " + e.getDescription() + " at index " + e.getIndex(), e);
      }
    }
    return new TestFilter(List.copyOf(patterns));
  }

  @Override
  public boolean test(TestCase test) {
    if (patterns.isEmpty()) {
      return true;
    }
    Path name = Path.of(test.name());
    Path qualified = Path.of(test.suite().id(), test.name());
    return patterns.stream().anyMatch(p -> p.matcher().matches(p.qualified() ? qualified : name));
  }

  @Override
  public String toString() {
    return patterns.isEmpty() ? "every test" : patterns.stream().map(Pattern::glob).toList().toString();
  }
}
