package dev.wasi4j.internal.fd;

import dev.wasi4j.internal.abi.FileType;
import dev.wasi4j.internal.abi.Rights;
import dev.wasi4j.internal.fs.FileStat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * A guest's standard output or error backed by a host {@link OutputStream}. Every write is flushed,
 * so output interleaves as the guest wrote it and nothing is lost when the guest traps or exits.
 */
public final class OutputStreamDescriptor extends Descriptor {
  private final OutputStream out;

  public OutputStreamDescriptor(OutputStream out) {
    super(Rights.STDOUT, 0, 0);
    this.out = out;
  }

  @Override
  public byte fileType() {
    return FileType.CHARACTER_DEVICE;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    int n = src.remaining();
    out.write(src.array(), src.arrayOffset() + src.position(), n);
    out.flush();
    src.position(src.limit());
    return n;
  }

  @Override
  public FileStat stat() {
    return new FileStat(0, 0, FileType.CHARACTER_DEVICE, 1, 0, 0, 0, 0);
  }

  /** The stream is the host's: closing the guest's descriptor only flushes it. */
  @Override
  public void close() throws IOException {
    out.flush();
  }
}
