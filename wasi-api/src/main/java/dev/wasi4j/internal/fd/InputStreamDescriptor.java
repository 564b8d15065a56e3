package dev.wasi4j.internal.fd;

import dev.wasi4j.internal.abi.FileType;
import dev.wasi4j.internal.abi.Rights;
import dev.wasi4j.internal.fs.FileStat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/** A guest's standard input backed by a host {@link InputStream}. */
public final class InputStreamDescriptor extends Descriptor {
  private final InputStream in;
  /** A byte read ahead to learn that input is available, or -1. */
  private int peeked = -1;
  private boolean atEnd;

  public InputStreamDescriptor(InputStream in) {
    super(Rights.STDIN, 0, 0);
    this.in = in;
  }

  @Override
  public byte fileType() {
    return FileType.CHARACTER_DEVICE;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!dst.hasRemaining()) {
      return 0;
    }
    int count = 0;
    if (peeked >= 0) {
      dst.put((byte) peeked);
      peeked = -1;
      count = 1;
      if (in.available() <= 0) {
        return count; // do not block for more once something was read, as read(2) on a tty
      }
    } else if (atEnd) {
      return 0;
    }
    int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
    if (n < 0) {
      atEnd = true;
      return count;
    }
    dst.position(dst.position() + n);
    return count + n;
  }

  @Override
  public long readable() throws IOException {
    if (peeked >= 0) {
      return 1 + Math.max(0, in.available());
    }
    if (atEnd) {
      return 0;
    }
    int available = in.available();
    return available > 0 ? available : -1;
  }

  /** Blocks until input arrives or ends; {@code poll_oneoff} calls it when nothing else can wake it. */
  public void awaitReadable() throws IOException {
    if (peeked < 0 && !atEnd) {
      peeked = in.read();
      atEnd = peeked < 0;
    }
  }

  @Override
  public FileStat stat() {
    return new FileStat(0, 0, FileType.CHARACTER_DEVICE, 1, 0, 0, 0, 0);
  }
}
