package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * What the VFS channels share: the open/closed state, closing once, and the argument checks of
 * {@link SeekableByteChannel}. Subclasses synchronize on the channel, as these methods do.
 */
abstract class VfsChannel implements SeekableByteChannel {
  private boolean open = true;

  @Override
  public final synchronized boolean isOpen() {
    return open;
  }

  @Override
  public final synchronized void close() throws IOException {
    if (open) {
      open = false;
      release();
    }
  }

  /** Releases the stream or content the channel holds; called once, on the first close. */
  abstract void release() throws IOException;

  final void ensureOpen() throws ClosedChannelException {
    if (!open) {
      throw new ClosedChannelException();
    }
  }

  /** A position or size from the caller, which {@link SeekableByteChannel} requires to be >= 0. */
  static long notNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException("negative " + what + " " + value);
    }
    return value;
  }
}
