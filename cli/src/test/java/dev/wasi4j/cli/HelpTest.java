package dev.wasi4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Help and version go to standard output and exit 0, even with a module that does not exist. */
class HelpTest {
  @Test
  void runHelpListsTheGrammarAndExitCodes() {
    Cli.Result result = Cli.run("run", "--help", "no/such.wasm");

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(
        result.stdout().startsWith("Usage: wasi4j run [-hV] [--backend=KIND]"), result::toString);
    assertTrue(result.stdout().contains("134     the guest trapped"), result::toString);
    assertEquals("", result.stderr());
  }

  @Test
  void topLevelHelpListsRun() {
    Cli.Result result = Cli.run("--help");

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.stdout().contains("\n  run "), result::toString);
  }

  @Test
  void versionNamesWasi4j() {
    Cli.Result result = Cli.run("--version");

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.stdout().startsWith("wasi4j "), result::toString);
  }
}
