package dev.wasi4j.conformance;

import com.dylibso.chicory.wasm.Parser;
import dev.wasi4j.Engine;
import dev.wasi4j.PreparedModule;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Test modules, parsed (and, for the compiler, translated to JVM bytecode) once and instantiated
 * afresh for every run: a test runs on every backend, so this work is shared between them. Not
 * thread-safe; a {@link TestRunner} uses it from one thread.
 */
final class ModuleCache {
  private final Engine engine;
  private final Map<Path, PreparedModule> prepared = new HashMap<>();

  ModuleCache(Engine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /**
   * {@code file}, parsed and compiled on first use.
   *
   * @throws RuntimeException Chicory's exception when the module cannot be parsed or compiled
   */
  PreparedModule load(Path file) {
    return prepared.computeIfAbsent(file, f -> PreparedModule.of(Parser.parse(f), engine));
  }
}
