package dev.wasi4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A trapping guest: its output so far, then one line naming the trap, and wasmtime's 134. */
class TrapTest {
  @ParameterizedTest
  @ValueSource(strings = {"interpreter", "compiler"})
  void reportsTheTrapInOneLineAndExits134(String engine) {
    Cli.Result result = Cli.run("run", "--engine", engine, Cli.guest("trap"));

    assertEquals(134, result.exitCode(), result::toString);
    assertEquals("before the trap\n", result.stdout());
    List<String> err = result.stderr().lines().toList();
    assertEquals(2, err.size(), result::toString);
    assertEquals("about to trap", err.get(0));
    assertTrue(err.get(1).startsWith("wasi4j: guest trapped: "), result::toString);
    assertTrue(err.get(1).contains("unreachable"), result::toString);
  }

  /** The module's start function runs while instantiating: its trap is still a trap, not bad input. */
  @ParameterizedTest
  @ValueSource(strings = {"interpreter", "compiler"})
  void aTrapInTheStartFunctionExits134(String engine, @TempDir Path dir) throws IOException {
    Path module =
        Files.write(
            dir.resolve("start-trap.wasm"),
            Wat2Wasm.parse(
                """
                (module
                  (memory (export "memory") 1)
                  (func $init unreachable)
                  (start $init)
                  (func (export "_start")))
                """));

    Cli.Result result = Cli.run("run", "--engine", engine, module.toString());

    assertEquals(134, result.exitCode(), result::toString);
    assertEquals("", result.stdout(), result::toString);
    List<String> err = result.stderr().lines().toList();
    assertEquals(1, err.size(), result::toString);
    assertTrue(err.get(0).startsWith("wasi4j: guest trapped: "), result::toString);
  }
}
