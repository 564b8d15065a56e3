package dev.wasi4j.conformance;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A guest's stdout or stderr, kept in memory up to {@link #LIMIT} bytes: a guest that loops
 * printing until its timeout must not exhaust the runner's heap. Writes may come from the guest's
 * thread while the runner reads a snapshot.
 */
final class CapturedOutput extends OutputStream {
  static final int LIMIT = 8 << 20;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private boolean truncated;

  @Override
  public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    int room = LIMIT - bytes.size();
    if (len > room) {
      truncated = true;
    }
    bytes.write(b, off, Math.min(len, room));
  }

  /** Whether the guest wrote more than {@link #LIMIT} bytes, which were dropped. */
  synchronized boolean truncated() {
    return truncated;
  }

  /**
   * The output as the official runner sees it: decoded as UTF-8 (malformed bytes become U+FFFD) and
   * with universal newlines, as Python's text-mode pipes read it ({@code \r\n} and {@code \r}
   * become {@code \n}).
   */
  synchronized String text() {
    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
  }
}
