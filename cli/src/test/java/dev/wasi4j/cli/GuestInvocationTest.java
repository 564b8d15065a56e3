package dev.wasi4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the guest sees of its invocation and what its exit becomes, against what {@code wasmtime
 * run} does: argv[0] is the module as given, the rest verbatim; the environment is exactly the
 * {@code --env} settings; the exit code is the guest's.
 */
class GuestInvocationTest {
  private static final String REPORT = Cli.guest("report");

  @ParameterizedTest
  @ValueSource(strings = {"interpreter", "compiler"})
  void passesArgumentsAfterTheModuleVerbatimWithTheModuleAsArgv0(String engine) {
    Cli.Result result =
        Cli.run(
            "run",
            "--engine",
            engine,
            REPORT,
            "plain",
            "--env",
            "X=1",
            "--dir",
            "/",
            "--",
            "-h",
            "--help",
            "",
            "@file",
            "sp ace",
            "héllo ✓");

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals(
        List.of(
            "argv[0]=" + REPORT,
            "argv[1]=plain",
            "argv[2]=--env",
            "argv[3]=X=1",
            "argv[4]=--dir",
            "argv[5]=/",
            "argv[6]=--",
            "argv[7]=-h",
            "argv[8]=--help",
            "argv[9]=",
            "argv[10]=@file",
            "argv[11]=sp ace",
            "argv[12]=héllo ✓"),
        result.stdoutLines());
    assertEquals("", result.stderr());
  }

  @Test
  void takesTheModuleAfterTheEndOfOptionsMarker() {
    Cli.Result result = Cli.run("run", "--", REPORT, "--", "x");

    assertEquals(List.of("argv[0]=" + REPORT, "argv[1]=--", "argv[2]=x"), result.stdoutLines());
  }

  @Test
  void givesTheGuestExactlyTheEnvironmentSetWithEnvInOrder() {
    Cli.Result result =
        Cli.run("run", "--env", "B=2", "--env", "A=", "--env=C=x=y", "--env", "D=é ✓", REPORT);

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals(
        List.of("argv[0]=" + REPORT, "env: B=2", "env: A=", "env: C=x=y", "env: D=é ✓"),
        result.stdoutLines());
  }

  @Test
  void inheritsTheHostValueOfABareNameAndSkipsNamesTheHostLacks() {
    String path = System.getenv("PATH");
    assertNotNull(path, "this test needs PATH in the environment");
    String unset = "WASI4J_UNSET_" + UUID.randomUUID().toString().replace('-', '_');
    assertNull(System.getenv(unset));

    Cli.Result result = Cli.run("run", "--env", "PATH", "--env", unset, "--env", "X=1", REPORT);

    assertEquals(
        List.of("argv[0]=" + REPORT, "env: PATH=" + path, "env: X=1"), result.stdoutLines());
  }

  @Test
  void letsALaterSettingOfANameReplaceAnEarlierOne() {
    Cli.Result result = Cli.run("run", "--env", "X=1", "--env", "Y=2", "--env", "X=3", REPORT);

    assertEquals(List.of("argv[0]=" + REPORT, "env: X=3", "env: Y=2"), result.stdoutLines());
  }

  @ParameterizedTest(name = "proc_exit({0}) exits {1}")
  @CsvSource({"0, 0", "1, 1", "7, 7", "42, 42", "125, 125", "126, 1", "200, 1", "256, 1", "-1, 1"})
  void exitsWithTheGuestsStatusAndRefusesReservedOnesAsWasmtimeDoes(int status, int exitCode) {
    Cli.Result result = Cli.run("run", "--env", "EXIT_CODE=" + status, REPORT);

    assertEquals(exitCode, result.exitCode(), result::toString);
    assertEquals(List.of("argv[0]=" + REPORT, "env: EXIT_CODE=" + status), result.stdoutLines());
    List<String> expectedErr = new ArrayList<>();
    if (exitCode != status) {
      expectedErr.add(
          "wasi4j: guest exited with status "
              + Integer.toUnsignedString(status)
              + ", outside WASI's 0 to 125");
    }
    assertEquals(expectedErr, result.stderr().lines().toList());
  }
}
