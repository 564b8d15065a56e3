package dev.wasi4j.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The standard streams a command works with: the guest reads and writes them as raw bytes, and the
 * command's own messages go to {@code out} and {@code err} too.
 */
public record Stdio(InputStream in, OutputStream out, OutputStream err) {
  public Stdio {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /**
   * The process's own descriptors 0, 1 and 2, unbuffered: every write of the guest is one write to
   * the descriptor, so nothing is held back at exit, standard output and standard error interleave
   * as the guest wrote them, and bytes pass unchanged.
   */
  public static Stdio process() {
    return new Stdio(
        new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err));
  }
}
