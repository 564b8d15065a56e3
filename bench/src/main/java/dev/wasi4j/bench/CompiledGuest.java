package dev.wasi4j.bench;

import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasi4j.Engine;
import dev.wasi4j.PreparedModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A benchmark guest ({@code /guests/<name>.wasm} on the class path, built by
 * {@code src/main/guests/build.sh}) ready to instantiate on one engine. For the compiler, the module
 * is translated to JVM bytecode once, here, and every instance reuses those classes, so that neither
 * the translation nor a cold copy of the generated code is part of a measured run; both WASI
 * implementations instantiate through this same path.
 */
public final class CompiledGuest {
  private final String name;
  private final PreparedModule module;

  private CompiledGuest(String name, PreparedModule module) {
    this.name = name;
    this.module = module;
  }

  public static CompiledGuest load(String name, Engine engine) {
    return new CompiledGuest(name, PreparedModule.of(parse(name), engine));
  }

  private static WasmModule parse(String name) {
    String path = "/guests/" + name + ".wasm";
    try (InputStream in = CompiledGuest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(path + " is not on the class path");
      }
      return Parser.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
  }

  public String name() {
    return name;
  }

  /** A new instance with {@code imports}, its {@code _start} not yet run. */
  Instance instantiate(List<? extends ImportFunction> imports) {
    return module.instantiate(ImportValues.builder().withFunctions(List.copyOf(imports)).build());
  }
}
