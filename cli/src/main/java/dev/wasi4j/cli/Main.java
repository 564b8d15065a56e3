package dev.wasi4j.cli;

import picocli.CommandLine;

/** The {@code wasi4j} executable: runs the command line on the process's streams and exits. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    CommandLine commandLine = Wasi4jCommand.commandLine(Stdio.process());
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }
}
