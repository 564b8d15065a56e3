package dev.wasi4j.cli;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.regex.Pattern;

/**
 * The module to run, parsed, with {@code name} as given on the command line (the guest's {@code
 * argv[0]}): a {@code .wasm} file, or {@code example:NAME} for an example bundled in the jar.
 */
record GuestModule(String name, WasmModule module) {
  /** The prefix that names a bundled example instead of a file. */
  static final String EXAMPLE_PREFIX = "example:";

  private static final Pattern EXAMPLE_NAME = Pattern.compile("[A-Za-z0-9_-]+");

  /**
   * Reads and parses the module {@code name} names.
   *
   * @throws IllegalArgumentException naming it, when it does not exist, cannot be read or is not a
   *     WebAssembly module
   */
  static GuestModule load(String name) {
    byte[] bytes =
        name.startsWith(EXAMPLE_PREFIX)
            ? example(name.substring(EXAMPLE_PREFIX.length()))
            : file(name);
    return new GuestModule(name, parse(name, bytes));
  }

  private static byte[] example(String name) {
    InputStream resource =
        EXAMPLE_NAME.matcher(name).matches()
            ? GuestModule.class.getResourceAsStream("/examples/" + name + ".wasm")
            : null;
    if (resource == null) {
      throw new IllegalArgumentException(
          "there is no bundled example named '" + name + "' (try " + EXAMPLE_PREFIX + "hello)");
    }
    try (resource) {
      return resource.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the bundled example " + name, e);
    }
  }

  private static byte[] file(String name) {
    try {
      return Files.readAllBytes(HostPaths.file(name, "module file"));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read module file '" + name + "': " + e, e);
    }
  }

  private static WasmModule parse(String name, byte[] bytes) {
    try {
      return Parser.parse(bytes);
    } catch (RuntimeException e) {
      // MalformedException and kin for what the parser recognises as malformed; any other
      // runtime exception is still the parser giving up on these bytes.
      throw new IllegalArgumentException(
          "'"
              + name
              + "' is not a valid WebAssembly module: "
              + (e.getMessage() == null ? e : e.getMessage()),
          e);
    }
  }
}
