package dev.wasi4j.internal.fs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

/**
 * A file opened through a {@link Dir}: its channel, plus {@code fstat} and {@code futimens} on the
 * file itself — which java.nio does not offer on a channel, and which must keep working after the
 * file is renamed or unlinked.
 */
public abstract class OpenFile implements Closeable {
  private final SeekableByteChannel channel;

  OpenFile(SeekableByteChannel channel) {
    this.channel = channel;
  }

  public final SeekableByteChannel channel() {
    return channel;
  }

  /** The attributes of the open file. */
  public abstract FileStat stat() throws IOException;

  /** Sets the open file's times; {@code null} leaves one unchanged. */
  public abstract void setTimes(TimeUpdate atime, TimeUpdate mtime) throws IOException;

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
