package dev.wasi4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad command lines: each is one line naming what is wrong, a pointer to {@code --help}, exit code
 * 2, nothing on standard output, and no stack trace; the guest never starts.
 */
class UsageErrorTest {
  private static final String REPORT = Cli.guest("report");
  private static final String RUN_HINT = "Try 'wasi4j run --help' for more information.";

  @TempDir Path dir;

  @Test
  void unknownOption() {
    assertUsageError(
        List.of("wasi4j run: Unknown option: '--frob'", RUN_HINT), "run", "--frob", REPORT);
  }

  @Test
  void unknownOptionBeforeAMissingModule() {
    assertUsageError(
        List.of("wasi4j run: Unknown option: '--frob'", RUN_HINT), "run", "--frob", "nope.wasm");
  }

  @Test
  void unknownSubcommand() {
    Cli.Result result = Cli.run("frob");

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(
        "wasi4j: Unmatched argument at index 0: 'frob'",
        result.stderr().lines().findFirst().orElseThrow());
  }

  @Test
  void missingSubcommand() {
    assertUsageError(
        List.of(
            "wasi4j: Missing required subcommand", "Try 'wasi4j --help' for more information."));
  }

  @Test
  void missingModuleArgument() {
    assertUsageError(List.of("wasi4j run: Missing required parameter: 'MODULE'", RUN_HINT), "run");
  }

  @Test
  void missingModuleFile() {
    assertUsageError(
        List.of("wasi4j run: module file 'no/such.wasm' does not exist", RUN_HINT),
        "run",
        "no/such.wasm");
  }

  @Test
  void moduleThatIsADirectory() {
    assertUsageError(
        List.of("wasi4j run: module file '" + dir + "' is not a regular file", RUN_HINT),
        "run",
        dir.toString());
  }

  @Test
  void malformedModule() throws IOException {
    Path notWasm = Files.writeString(dir.resolve("text.wasm"), "not WebAssembly");

    Cli.Result result = Cli.run("run", notWasm.toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals("", result.stdout());
    List<String> lines = result.stderr().lines().toList();
    assertEquals(2, lines.size(), result::toString);
    assertEquals(
        "wasi4j run: '" + notWasm + "' is not a valid WebAssembly module: ",
        lines.get(0).substring(0, lines.get(0).indexOf(": ", 12) + 2));
    assertEquals(RUN_HINT, lines.get(1));
  }

  @Test
  void truncatedModule() throws IOException {
    byte[] module = Files.readAllBytes(Path.of(REPORT));
    Path truncated = Files.write(dir.resolve("truncated.wasm"), Arrays.copyOf(module, 100));

    Cli.Result result = Cli.run("run", truncated.toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(2, result.stderr().lines().count(), result::toString);
    assertTrue(
        result
            .stderr()
            .startsWith("wasi4j run: '" + truncated + "' is not a valid WebAssembly module: "),
        result::toString);
  }

  @Test
  void moduleThatIsNotACommand() throws IOException {
    Path reactor = wat("reactor.wasm", "(module (memory (export \"memory\") 1))");

    assertUsageError(
        List.of(
            "wasi4j run: cannot run '"
                + reactor
                + "': instance has no _start function: it is"
                + " not a WASI command",
            RUN_HINT),
        "run",
        reactor.toString());
  }

  @Test
  void moduleWithImportsWasiLacks() throws IOException {
    Path module =
        wat(
            "imports.wasm",
            "(module (import \"env\" \"missing\" (func)) (memory (export \"memory\") 1)"
                + " (func (export \"_start\")))");

    Cli.Result result = Cli.run("run", module.toString());

    assertEquals(2, result.exitCode(), result::toString);
    List<String> lines = result.stderr().lines().toList();
    assertEquals(2, lines.size(), result::toString);
    assertTrue(
        lines.get(0).startsWith("wasi4j run: '" + module + "' cannot be instantiated: "),
        result::toString);
    assertTrue(lines.get(0).contains("missing"), result::toString);
  }

  @Test
  void unknownExample() {
    assertUsageError(
        List.of(
            "wasi4j run: there is no bundled example named 'nope' (try example:hello)", RUN_HINT),
        "run",
        "example:nope");
  }

  @Test
  void missingHostDirectory() {
    assertUsageError(
        List.of(
            "wasi4j run: cannot mount --dir "
                + dir
                + "/gone::/x: host directory '"
                + dir
                + "/gone' does not exist",
            RUN_HINT),
        "run",
        "--dir",
        dir + "/gone::/x",
        REPORT);
  }

  @Test
  void missingHostDirectoryOnTheMemoryBackend() {
    assertUsageError(
        List.of(
            "wasi4j run: cannot mount --dir "
                + dir
                + "/gone::"
                + dir
                + "/gone: host directory '"
                + dir
                + "/gone' does not exist",
            RUN_HINT),
        "run",
        "--backend",
        "memory",
        "--dir",
        dir + "/gone",
        REPORT);
  }

  @Test
  void hostDirectoryThatIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "");

    assertUsageError(
        List.of(
            "wasi4j run: cannot mount --dir "
                + file
                + "::/x: host path '"
                + file
                + "' is not a directory",
            RUN_HINT),
        "run",
        "--dir",
        file + "::/x",
        REPORT);
  }

  @Test
  void emptyGuestPathInDir() {
    assertUsageError(
        List.of(
            "wasi4j run: Invalid value for option '--dir' (HOST[::GUEST]): '"
                + dir
                + "::' has an empty guest path",
            RUN_HINT),
        "run",
        "--dir",
        dir + "::",
        REPORT);
  }

  @Test
  void sameGuestPathTwice() {
    assertUsageError(
        List.of(
            "wasi4j run: cannot mount --mount mem::/x: guest path /x is preopened twice", RUN_HINT),
        "run",
        "--dir",
        dir + "::/x",
        "--mount",
        "mem::/x",
        REPORT);
  }

  @Test
  void malformedMountSpecs() {
    for (String spec :
        List.of(
            "mem",
            "mem:",
            "mem::",
            "mem:/x",
            "disk::/x",
            "/x",
            "zip:a.zip",
            "zip:::/x",
            "tar:a.tar::",
            "vfs:",
            ":x::/y")) {
      assertUsageError(
          List.of(
              "wasi4j run: Invalid value for option '--mount' (SPEC): malformed mount spec '"
                  + spec
                  + "': expected mem::GUEST, zip:ARCHIVE::GUEST, tar:ARCHIVE::GUEST or"
                  + " vfs:URI::GUEST",
              RUN_HINT),
          "run",
          "--mount",
          spec,
          REPORT);
    }
  }

  @Test
  void envWithoutName() {
    assertUsageError(
        List.of(
            "wasi4j run: Invalid value for option '--env' (NAME[=VAL]): '=x' has no variable"
                + " name; expected NAME=VALUE or NAME",
            RUN_HINT),
        "run",
        "--env",
        "=x",
        REPORT);
  }

  @Test
  void unknownBackendAndEngine() {
    Cli.Result backend = Cli.run("run", "--backend", "tape", REPORT);
    Cli.Result engine = Cli.run("run", "--engine", "jit", REPORT);

    assertEquals(2, backend.exitCode(), backend::toString);
    assertEquals(
        "wasi4j run: Invalid value for option '--backend': expected one of [NIO, MEMORY, VFS]"
            + " (case-insensitive) but was 'tape'",
        backend.stderr().lines().findFirst().orElseThrow());
    assertEquals(2, engine.exitCode(), engine::toString);
    assertEquals(
        "wasi4j run: Invalid value for option '--engine': expected one of [INTERPRETER, COMPILER]"
            + " (case-insensitive) but was 'jit'",
        engine.stderr().lines().findFirst().orElseThrow());
  }

  private Path wat(String name, String text) throws IOException {
    return Files.write(dir.resolve(name), Wat2Wasm.parse(text));
  }

  private static void assertUsageError(List<String> stderrLines, String... args) {
    Cli.Result result = Cli.run(args);

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals("", result.stdout(), result::toString);
    assertEquals(stderrLines, result.stderr().lines().toList(), result::toString);
  }
}
