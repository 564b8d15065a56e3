package dev.wasi4j.conformance;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One test of a {@link TestSuite}: a WASI command module and, beside it, its optional spec.
 *
 * @param suite the suite the test belongs to
 * @param name the module's file name without {@code .wasm}
 * @param module the {@code .wasm} file
 */
public record TestCase(TestSuite suite, String name, Path module) {
  public TestCase {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(module, "module");
  }

  /** {@code <suite id>/<name>}, e.g. {@code official-ports/path_link}. */
  public String id() {
    return suite.id() + "/" + name;
  }

  /** Where the test's spec is, if it has one: {@code <name>.json} beside the module. */
  public Path specFile() {
    return module.resolveSibling(name + ".json");
  }

  /** The directory the spec's {@code root} and {@code dirs} are relative to. */
  public Path directory() {
    return module.getParent();
  }

  @Override
  public String toString() {
    return id();
  }
}
