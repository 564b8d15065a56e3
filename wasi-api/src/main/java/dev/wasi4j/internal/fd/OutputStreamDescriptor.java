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
    int n = src.remaining();
    out.write(src.array(), src.arrayOffset() + src.position(), n);
    out.flush();
    src.position(src.limit());
    return n;
  }


  /** The stream is the host's: closing the guest's descriptor only flushes it. */
  @Override
  public void close() throws IOException {
    out.flush();
  }
}
