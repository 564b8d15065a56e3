package dev.wasi4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports bad input in one line naming what is wrong, prefixed by the command ({@code wasi4j run:
 * ...}), then picocli's suggestions if any and a pointer to {@code --help}; exits with the
 * command's usage exit code (2).
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException error, String[] args) {
    CommandLine commandLine = error.getCommandLine();
    String command = commandLine.getCommandSpec().qualifiedName();
    PrintWriter err = commandLine.getErr();
    err.println(command + ": " + error.getMessage());
    UnmatchedArgumentException.printSuggestions(error, err);
    err.println("Try '" + command + " --help' for more information.");
    err.flush();
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }
}
