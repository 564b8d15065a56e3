package dev.wasi4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Runs the wasi4j command line in this JVM, with standard streams captured. */
final class Cli {
  private Cli() {}

  /** The result of one run: exit code and what went to standard output and error. */
  record Result(int exitCode, byte[] stdoutBytes, String stderr) {
    String stdout() {
      return new String(stdoutBytes, UTF_8);
    }

    List<String> stdoutLines() {
      return stdout().lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout() + "--- stderr\n" + stderr;
    }
  }

  /** Runs {@code wasi4j args...} with empty standard input. */
  static Result run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  /** Runs {@code wasi4j args...} with {@code stdin} as standard input. */
  static Result runWithStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    var commandLine =
        Wasi4jCommand.commandLine(new Stdio(new ByteArrayInputStream(stdin), out, err));
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return new Result(exitCode, out.toByteArray(), err.toString(UTF_8));
  }

  /** The path of the test guest {@code name} ({@code src/test/guests/NAME.c}), as a string. */
  static String guest(String name) {
    try {
      return Path.of(Cli.class.getResource("/guests/" + name + ".wasm").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
