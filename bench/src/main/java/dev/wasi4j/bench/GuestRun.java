package dev.wasi4j.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * One guest instantiated under one WASI implementation and not yet started: {@link #start} runs it
 * to completion (the measured part), {@link #close} releases the implementation's descriptors. The
 * guest's standard output and error are kept in memory to check what it reported.
 */
public final class GuestRun implements AutoCloseable {
  /** What an implementation hands back: how to run the guest, and what to close afterwards. */
  record Launch(IntSupplier start, Runnable release) {}

  /** The guest path every implementation preopens the sandbox directory as. */
  static final String SANDBOX = "/sandbox";

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final Launch launch;
  private int exitCode = -1;

  private GuestRun(
      Implementation implementation, CompiledGuest guest, List<String> args, Path sandbox) {
    this.launch = implementation.launch(guest, args, sandbox, stdout, stderr);
  }

  /**
   * Instantiates {@code guest} under {@code implementation} with {@code args} (the program name
   * first) and {@code sandbox} preopened as {@value #SANDBOX}.
   */
  public static GuestRun prepare(
      Implementation implementation, CompiledGuest guest, List<String> args, Path sandbox) {
    return new GuestRun(implementation, guest, args, sandbox);
  }

  /** Runs the guest's {@code _start}; returns its exit code. */
  public int start() {
    exitCode = launch.start().getAsInt();
    return exitCode;
  }

  /** Fails unless the guest exited with 0 after printing {@code okLine}. */
  public void requireSuccess(String okLine) {
    String out = stdout.toString(StandardCharsets.UTF_8);
    if (exitCode != 0 || !out.contains(okLine)) {
      throw new IllegalStateException(
          "guest exited with " + exitCode + ", expected output \"" + okLine + "\"; stdout: " + out
              + "stderr: " + stderr.toString(StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() {
    launch.release().run();
  }
}
