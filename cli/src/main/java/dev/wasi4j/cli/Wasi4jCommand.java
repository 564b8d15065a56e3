package dev.wasi4j.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code wasi4j} command. It does nothing by itself: each subcommand is one entry of
 * {@code subcommands} and reaches the streams through {@link #stdio()} (a {@code @ParentCommand}
 * field).
 */
@Command(
    name = "wasi4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs WebAssembly programs written for WASI preview 1 on the JVM (Chicory).",
    subcommands = {RunCommand.class, TestSuiteCommand.class})
public final class Wasi4jCommand implements Runnable {
  private final Stdio stdio;

  @Spec private CommandSpec spec;

  public Wasi4jCommand(Stdio stdio) {
    this.stdio = Objects.requireNonNull(stdio, "stdio");
  }

  /**
   * The {@code wasi4j} command line on {@code stdio}: help and messages go to its {@code out} and
   * {@code err}; usage errors print one line and a hint and exit with 2, guest traps exit as
   * wasmtime's do.
   */
  public static CommandLine commandLine(Stdio stdio) {
    CommandLine commandLine =
        new CommandLine(new Wasi4jCommand(stdio))
            .setOut(writer(stdio.out()))
            .setErr(writer(stdio.err()))
            // Arguments are the guest's, verbatim: "@name" is not a file to expand.
            .setExpandAtFiles(false)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setParameterExceptionHandler(new UsageErrorHandler())
            .setExecutionExceptionHandler(new GuestTrapHandler());
    // Everything after the module belongs to the guest, options included (as with wasmtime run).
    commandLine.getSubcommands().get(RunCommand.NAME).setStopAtPositional(true);
    return commandLine;
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true);
  }

  /** The streams the guest and the commands' messages use. */
  Stdio stdio() {
    return stdio;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
