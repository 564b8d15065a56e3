package dev.wasi4j.testing;

import com.dylibso.chicory.wabt.Wat2Wasm;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test guests: C programs built by {@code src/test/guests/build.sh} into the test resources,
 * and WAT text compiled in-process. Parsed modules are immutable, so each is parsed once per JVM.
 */
public final class Guests {
  private static final Map<String, WasmModule> RESOURCES = new ConcurrentHashMap<>();
  private static final Map<String, WasmModule> WAT = new ConcurrentHashMap<>();

  private Guests() {}

  /** The guest {@code /guests/<name>.wasm} from the test class path. */
  public static WasmModule resource(String name) {
    return RESOURCES.computeIfAbsent(name, Guests::load);
  }

  /** The module {@code watText} describes (a whole {@code (module ...)}). */
  public static WasmModule wat(String watText) {
    return WAT.computeIfAbsent(watText, Guests::compile);
  }

  private static WasmModule compile(String watText) {
    byte[] wasm;
    try {
      wasm = Wat2Wasm.parse(watText);
    } catch (RuntimeException e) {
      // wat2wasm itself runs as a WASI guest: it prints its diagnostics to stderr and exits 1.
      throw new IllegalArgumentException(
          "WAT does not compile (wat2wasm's diagnostics are on stderr):\n" + watText, e);
    }
    return Parser.parse(wasm);
  }

  private static WasmModule load(String name) {
    String path = "/guests/" + name + ".wasm";
    try (InputStream in = Guests.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            path + " is not on the test class path: build it with src/test/guests/build.sh");
      }
      return Parser.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
  }
}
