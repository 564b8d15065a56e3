package dev.wasi4j.conformance;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasi4j.Engine;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Test modules, parsed (and, for the compiler, translated to JVM bytecode) once and instantiated
 * afresh for every run: a test runs on every backend, so this work is shared between them. Not
 * thread-safe; a {@link TestRunner} uses it from one thread.
 */
final class ModuleCache {
  /** A parsed module and, for the compiler, its machine factory (reusable across instances). */
  record Loaded(WasmModule module, Function<Instance, Machine> machines) {
    /** A new instance with {@code imports}, its {@code _start} not run. */
    Instance instantiate(ImportValues imports) {
      Instance.Builder builder = Instance.builder(module).withImportValues(imports).withStart(false);
      if (machines != null) {
        builder.withMachineFactory(machines);
      }
      return builder.build();
    }
  }

  private final Engine engine;
  private final Map<Path, Loaded> loaded = new HashMap<>();

  ModuleCache(Engine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /**
   * {@code file}, parsed and compiled on first use.
   *
   * @throws RuntimeException Chicory's exception when the module cannot be parsed or compiled
   */
  Loaded load(Path file) {
    return loaded.computeIfAbsent(file, this::prepare);
  }

  private Loaded prepare(Path file) {
    WasmModule module = Parser.parse(file);
    return new Loaded(
        module, engine == Engine.COMPILER ? MachineFactoryCompiler.compile(module) : null);
  }
}
