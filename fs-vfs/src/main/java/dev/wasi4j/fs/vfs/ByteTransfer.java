package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Moves bytes between a {@link ByteBuffer} and the {@code (byte[], offset, length)} methods of VFS
 * streams: through the buffer's own array when it has one, else through a bounce array of at most
 * {@link #CHUNK} bytes that is kept for the channel's life, so that streaming a large file never
 * allocates per call.
 */
final class ByteTransfer {
  /** The most one call moves through the bounce array; channels may report short counts. */
  static final int CHUNK = 64 * 1024;

  private byte[] bounce;

  /** A {@code read(byte[], int, int)} method, like {@link java.io.InputStream#read}. */
  @FunctionalInterface
  interface Source {
    int read(byte[] array, int offset, int length) throws IOException;
  }

  /** A {@code write(byte[], int, int)} method, like {@link java.io.OutputStream#write}. */
  @FunctionalInterface
  interface Sink {
    void write(byte[] array, int offset, int length) throws IOException;
  }

  /** One read from {@code source} into {@code dst}: the count, or -1 at the end. */
  int read(ByteBuffer dst, Source source) throws IOException {
    if (dst.hasArray()) {
      int count = source.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
      if (count > 0) {
        dst.position(dst.position() + count);
      }
      return count;
    }
    int wanted = Math.min(dst.remaining(), CHUNK);
    byte[] array = bounce(wanted);
    int count = source.read(array, 0, wanted);
    if (count > 0) {
      dst.put(array, 0, count);
    }
    return count;
  }

  /** Writes what remains of {@code src} to {@code sink}: the count. */
  int write(ByteBuffer src, Sink sink) throws IOException {
    int total = src.remaining();
    if (src.hasArray()) {
      sink.write(src.array(), src.arrayOffset() + src.position(), total);
      src.position(src.limit());
      return total;
    }
    while (src.hasRemaining()) {
      int count = Math.min(src.remaining(), CHUNK);
      byte[] array = bounce(count);
      src.get(array, 0, count);
      sink.write(array, 0, count);
    }
    return total;
  }

  private byte[] bounce(int wanted) {
    if (bounce == null || bounce.length < wanted) {
      bounce = new byte[Math.max(wanted, 8192)];
    }
    return bounce;
  }
}
