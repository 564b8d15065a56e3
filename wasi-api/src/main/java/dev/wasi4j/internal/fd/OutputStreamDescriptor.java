package dev.wasi4j.internal.fd;

import dev.wasi4j.internal.abi.Rights;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * A guest's standard output or error backed by a host {@link OutputStream}. Every write is flushed,
 * so output interleaves as the guest wrote it and nothing is lost when the guest traps or exits.
 */
public final class OutputStreamDescriptor extends StreamDescriptor {
  private final OutputStream out;

  public OutputStreamDescriptor(OutputStream out) {
    super(Rights.STDOUT);
    this.out = out;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    int n = put(src);
    out.flush();
    return n;
  }

  /** Writes all of {@code srcs}, then flushes once: one host write for the whole gather. */
  @Override
  public long write(ByteBuffer[] srcs) throws IOException {
    long total = 0;
    for (ByteBuffer src : srcs) {
      total += put(src);
    }
    out.flush();
    return total;
  }

  /** Hands {@code src}'s remaining bytes (a heap buffer) to the stream, unflushed. */
  private int put(ByteBuffer src) throws IOException {
    int n = src.remaining();
    out.write(src.array(), src.arrayOffset() + src.position(), n);
    src.position(src.limit());
    return n;
  }

  /** The stream is the host's: closing the guest's descriptor only flushes it. */
  @Override
  public void close() throws IOException {
    out.flush();
  }
}
