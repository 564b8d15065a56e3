package dev.wasi4j.sandbox;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasi4j.Engine;
import dev.wasi4j.Mount;
import dev.wasi4j.Wasi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the {@code fs_probe} guest with one command per line and returns one result line per
 * command ({@code "OK ..."} or {@code "ERR <errno>"}). The probe sees {@code mount} as
 * {@code /sandbox}.
 */
public final class Probe {
  private static final WasmModule MODULE = load();

  private Probe() {}

  private static WasmModule load() {
    try (InputStream in = Probe.class.getResourceAsStream("/guests/fs_probe.wasm")) {
      return Parser.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> run(Mount mount, Engine engine, List<String> commands) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String script = String.join("\n", commands) + "\n";
    try (Wasi wasi =
        Wasi.builder()
            .args("fs_probe")
            .preopen("/sandbox", mount)
            .stdin(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)))
            .stdout(out)
            .stderr(err)
            .build()) {
      int code = wasi.run(MODULE, engine);
      if (code != 0 || err.size() > 0) {
        throw new AssertionError("probe exited " + code + ": " + err.toString(StandardCharsets.UTF_8));
      }
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    if (lines.size() != commands.size()) {
      throw new AssertionError("expected " + commands.size() + " results, got " + lines);
    }
    return lines;
  }

  public static String run(Mount mount, String command) {
    return run(mount, Engine.INTERPRETER, List.of(command)).get(0);
  }
}
