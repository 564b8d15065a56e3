package dev.wasi4j.cli;

import dev.wasi4j.WasiTrapException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a guest trap as one line, {@code wasi4j: guest trapped: <reason>}, and exits with 134
 * (128 + SIGABRT), the code {@code wasmtime run} exits with on a trap on Unix. Any other exception
 * is a bug of wasi4j and keeps picocli's stack trace.
 */
final class GuestTrapHandler implements IExecutionExceptionHandler {
  /** The exit code of a trapped guest. */
  static final int TRAPPED = 128 + 6;

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) throws Exception {
    if (!(exception instanceof WasiTrapException)) {
      throw exception;
    }
    commandLine.getErr().println("wasi4j: " + exception.getMessage());
    commandLine.getErr().flush();
    return TRAPPED;
  }
}
