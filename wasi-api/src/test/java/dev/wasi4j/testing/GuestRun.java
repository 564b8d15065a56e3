package dev.wasi4j.testing;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import java.nio.charset.StandardCharsets;

/**
 * What one guest run left behind: its exit code (or the exception that ended it), everything it
 * wrote to stdout and stderr, and its instance, whose memory stays readable after the run.
 */
public final class GuestRun {
  private final int exitCode;
  private final RuntimeException failure;
  private final byte[] stdout;
  private final byte[] stderr;
  private final Instance instance;

  GuestRun(int exitCode, RuntimeException failure, byte[] stdout, byte[] stderr, Instance instance) {
    this.exitCode = exitCode;
    this.failure = failure;
    this.stdout = stdout;
    this.stderr = stderr;
    this.instance = instance;
  }

  /** What {@code Wasi.start} returned; fails if the run ended with an exception instead. */
  public int exitCode() {
    if (failure != null) {
      throw new AssertionError("the guest did not exit: " + failure + describeOutput(), failure);
    }
    return exitCode;
  }

  /** The exception that ended the run (a trap, a refused instance...), or {@code null}. */
  public RuntimeException failure() {
    return failure;
  }

  public byte[] stdoutBytes() {
    return stdout.clone();
  }

  public byte[] stderrBytes() {
    return stderr.clone();
  }

  /** Standard output decoded as UTF-8. */
  public String stdout() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  /** Standard error decoded as UTF-8. */
  public String stderr() {
    return new String(stderr, StandardCharsets.UTF_8);
  }

  public Instance instance() {
    return instance;
  }

  /** The guest's memory as the run left it. */
  public Memory memory() {
    return instance.memory();
  }

  /** Both streams, for assertion messages. */
  public String describeOutput() {
    return "\n--- stdout ---\n" + stdout() + "\n--- stderr ---\n" + stderr();
  }

  @Override
  public String toString() {
    return (failure != null ? "failed with " + failure : "exit " + exitCode) + describeOutput();
  }
}
