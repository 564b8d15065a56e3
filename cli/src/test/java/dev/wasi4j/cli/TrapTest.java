package dev.wasi4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
