package dev.wasi4j;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.WasmModule;
import java.util.Objects;
import java.util.function.Function;

/**
 * A module made ready to instantiate on one engine. For the {@linkplain Engine#COMPILER compiler}
 * the module is translated to JVM bytecode once, when it is prepared, and every instance shares the
 * generated classes, so a module run many times (by a server, a test suite, a benchmark) pays for
 * the translation once.
 *
 * <pre>{@code
 * PreparedModule tool = PreparedModule.of(Parser.parse(Path.of("tool.wasm")), Engine.COMPILER);
 * for (String input : inputs) {
 *   try (Wasi wasi = Wasi.builder().args("tool", input).build()) {
 *     wasi.start(wasi.instantiate(tool));
 *   }
 * }
 * }</pre>
 */
public final class PreparedModule {
  private final WasmModule module;
  private final Engine engine;
  /** The compiled module's machines; null on the interpreter, Chicory's default. */
  private final Function<Instance, Machine> machineFactory;

  private PreparedModule(WasmModule module, Engine engine) {
    this.module = module;
    this.engine = engine;
    this.machineFactory = engine == Engine.COMPILER ? MachineFactoryCompiler.compile(module) : null;
  }

  /**
   * {@code module} ready to run on {@code engine}: for the compiler, translated now.
   *
   * @throws com.dylibso.chicory.wasm.ChicoryException if the compiler cannot translate the module
   */
  public static PreparedModule of(WasmModule module, Engine engine) {
    return new PreparedModule(
        Objects.requireNonNull(module, "module"), Objects.requireNonNull(engine, "engine"));
  }

  public WasmModule module() {
    return module;
  }

  public Engine engine() {
    return engine;
  }

  /**
   * A new instance with {@code imports}, its {@code _start} not run (Chicory's {@code
   * withStart(false)}), so that {@link Wasi#start} or the caller is in control. The module's start
   * function, if it has one, does run: it is part of instantiating.
   *
   * @throws WasiTrapException if the module's start function traps
   * @throws com.dylibso.chicory.wasm.ChicoryException if the module cannot be linked to {@code
   *     imports} or its memories and tables cannot be initialized
   */
  public Instance instantiate(ImportValues imports) {
    Instance.Builder builder =
        Instance.builder(module)
            .withImportValues(Objects.requireNonNull(imports, "imports"))
            .withStart(false);
    if (machineFactory != null) {
      builder.withMachineFactory(machineFactory);
    }
    try {
      return builder.build();
    } catch (UninstantiableException e) {
      // Chicory reports a trap of the start function (the only guest code run here) this way.
      if (e.getCause() instanceof TrapException trap) {
        throw Wasi.trap(trap);
      }
      throw e;
    }
  }
}
