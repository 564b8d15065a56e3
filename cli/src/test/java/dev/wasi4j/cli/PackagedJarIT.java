package dev.wasi4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code wasi4j.jar}, run as {@code java -jar} in a child process: real descriptors,
 * real exit codes. Maven runs this after {@code package} (see the module's pom); the jar's path
 * comes in as the system property {@code wasi4j.jar}.
 */
class PackagedJarIT {
  private static final Path JAR = Path.of(System.getProperty("wasi4j.jar", "target/wasi4j.jar"));
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path dir;

  /** A finished {@code java -jar wasi4j.jar} process. */
  private record Run(int exitCode, byte[] stdoutBytes, String stderr) {
    String stdout() {
      return new String(stdoutBytes, UTF_8);
    }
  }

  @Test
  void manifestStartsMainAndOpensTheJdkInternalsOfTheDiskSandbox() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Attributes manifest = jar.getManifest().getMainAttributes();
      assertEquals(Main.class.getName(), manifest.getValue(Attributes.Name.MAIN_CLASS));
      assertEquals(
          "java.base/sun.nio.fs java.base/sun.nio.ch java.base/java.io",
          manifest.getValue("Add-Opens"));
    }
  }

  @Test
  void runsTheReadmeExampleInAnInMemorySandbox() throws Exception {
    Run run = wasi4j("run", "--mount", "mem::/sandbox", "example:hello");

    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals("Hello, world! This is visit #1, counted in /sandbox/visits.txt.\n", run.stdout());
    assertEquals("", run.stderr());
  }

  @Test
  void exitsWithTheGuestsStatus() throws Exception {
    Run run = wasi4j("run", "--env", "EXIT_CODE=42", Cli.guest("report"), "a b");

    assertEquals(42, run.exitCode(), run.stderr());
    assertEquals(
        "argv[0]=" + Cli.guest("report") + "\nargv[1]=a b\nenv: EXIT_CODE=42\n", run.stdout());
  }

  @Test
  void passesAMegabyteOfBinaryOutputUnchangedBeforeExiting() throws Exception {
    byte[] data = new byte[1 << 20];
    new Random(42).nextBytes(data);
    Files.write(dir.resolve("data.bin"), data);

    Run run = wasi4j("run", "--dir", dir + "::/d", Cli.guest("files"), "cat", "/d/data.bin");

    assertEquals(0, run.exitCode(), run.stderr());
    assertArrayEquals(data, run.stdoutBytes());
  }

  @Test
  void trapKeepsTheGuestsOutputInOrderAndExits134() throws Exception {
    Path both = dir.resolve("both.txt");
    List<String> command = command("run", Cli.guest("trap"));
    Process process =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(both.toFile())
            .redirectErrorStream(true)
            .start();

    int exitCode = waitFor(process);

    List<String> lines = Files.readAllLines(both);
    assertEquals(134, exitCode, String.join("\n", lines));
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertEquals("before the trap", lines.get(0));
    assertEquals("about to trap", lines.get(1));
    assertTrue(lines.get(2).startsWith("wasi4j: guest trapped: "), lines.get(2));
  }

  @Test
  void unknownOptionIsAUsageError() throws Exception {
    Run run = wasi4j("run", "--frob", Cli.guest("report"));

    assertEquals(2, run.exitCode());
    assertEquals("", run.stdout());
    assertEquals(
        "wasi4j run: Unknown option: '--frob'\nTry 'wasi4j run --help' for more information.\n",
        run.stderr());
  }

  private Run wasi4j(String... args) throws IOException, InterruptedException {
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process process =
        new ProcessBuilder(command(args))
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    int exitCode = waitFor(process);
    return new Run(exitCode, Files.readAllBytes(out), Files.readString(err));
  }

  private static List<String> command(String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static int waitFor(Process process) throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar " + JAR + " did not finish within 60 s");
    }
    return process.exitValue();
  }
}
