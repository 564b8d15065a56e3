package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A write-only channel over a VFS output stream, for writable schemes without random-access writes
 * (sftp). Bytes go out in order: the position can only be asked, or set to where it already is; the
 * file can only be "truncated" to a size it already has. Seeking elsewhere is an {@link
 * UnsupportedOperationException} naming the file. Closing the channel commits the upload.
 */
final class StreamWriteChannel implements SeekableByteChannel {
  private final OutputStream stream;
  private final String name;
  private final ByteTransfer transfer = new ByteTransfer();
  private long position;
  private boolean open = true;

  /**
   * @param stream the VFS output stream, already opened (the file exists once it is)
   * @param start the size of the file the stream appends to, or 0 for a new or truncated file
   */
  StreamWriteChannel(OutputStream stream, String name, long start) {
    this.stream = stream;
    this.name = name;
    this.position = start;
  }

  @Override
  public int read(ByteBuffer dst) {
    throw new NonReadableChannelException();
  }

  @Override
  public synchronized int write(ByteBuffer src) throws IOException {
    ensureOpen();
    int count = VfsErrors.translating(name, () -> transfer.write(src, stream::write));
    position += count;
    return count;
  }

  @Override
  public synchronized long position() throws IOException {
    ensureOpen();
    return position;
  }

  @Override
  public synchronized SeekableByteChannel position(long newPosition) throws IOException {
    ensureOpen();
    if (newPosition != position) {
      throw new UnsupportedOperationException(
          name + " is written as a stream and cannot seek from " + position + " to " + newPosition);
    }
    return this;
  }

  @Override
  public synchronized long size() throws IOException {
    ensureOpen();
    return position;
  }

  @Override
  public synchronized SeekableByteChannel truncate(long size) throws IOException {
    ensureOpen();
    if (size < position) {
      throw new UnsupportedOperationException(
          name + " is written as a stream and cannot be truncated to " + size);
    }
    return this;
  }

  @Override
  public synchronized boolean isOpen() {
    return open;
  }

  @Override
  public synchronized void close() throws IOException {
    if (open) {
      open = false;
      VfsErrors.translating(
          name,
          () -> {
            stream.close();
            return null;
          });
    }
  }

  private void ensureOpen() throws ClosedChannelException {
    if (!open) {
      throw new ClosedChannelException();
    }
  }
}
