package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.commons.vfs2.FileObject;

/**
 * A write-only channel over a VFS output stream, for writable schemes without random-access writes
 * (sftp). Bytes go out in order: once the stream is open, the position can only be asked, or set
 * to where it already is, and the file can only be "truncated" to a size it already has. Seeking
 * elsewhere is an {@link UnsupportedOperationException} naming the file. Closing the channel
 * commits the upload.
 *
 * <p>On an existing file opened neither to truncate nor to append ({@link #deferred}), the stream
 * is opened by the first change, since only then is it known which stream it is: a write at the
 * end of the file appends (how a caller that keeps {@code O_APPEND} itself, positioning at the size
 * before each write, appends), truncating to 0 starts the file afresh, and a write anywhere else,
 * which would overwrite in place, is an {@link UnsupportedOperationException}. Until then the
 * position moves freely and the file is untouched.
 */
final class StreamWriteChannel extends VfsChannel {
  private final FileObject file;
  private final String name;
  private final ByteTransfer transfer = new ByteTransfer();
  private OutputStream stream;
  private long position;
  private long size;

  private StreamWriteChannel(FileObject file, String name, long size) {
    this.file = file;
    this.name = name;
    this.size = size;
  }

  /**
   * A channel on {@code file} with its stream opened now (the file exists once it is).
   *
   * @param start the size of the file to append to, or 0 to write a new or truncated file
   */
  static StreamWriteChannel open(FileObject file, String name, long start) throws IOException {
    StreamWriteChannel channel = new StreamWriteChannel(file, name, start);
    channel.position = start;
    channel.openStream(start > 0);
    return channel;
  }

  /** A channel on {@code file}, {@code size} bytes long, whose stream the first change opens. */
  static StreamWriteChannel deferred(FileObject file, String name, long size) {
    return new StreamWriteChannel(file, name, size);
  }

  @Override
  public int read(ByteBuffer dst) {
    throw new NonReadableChannelException();
  }

  @Override
  public synchronized int write(ByteBuffer src) throws IOException {
    ensureOpen();
    if (stream == null) {
      if (!src.hasRemaining()) {
        return 0;
      }
      if (position != size) {
        throw new UnsupportedOperationException(
            name + " is written as a stream: it can be appended to at " + size
                + " but not overwritten at " + position);
      }
      openStream(true);
    }
    int count = VfsErrors.translating(name, () -> transfer.write(src, stream::write));
    position += count;
    size = position;
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
    notNegative(newPosition, "position");
    if (stream == null) {
      position = newPosition;
    } else if (newPosition != position) {
      throw new UnsupportedOperationException(
          name + " is written as a stream and cannot seek from " + position + " to " + newPosition);
    }
    return this;
  }

  @Override
  public synchronized long size() throws IOException {
    ensureOpen();
    return size;
  }

  @Override
  public synchronized SeekableByteChannel truncate(long newSize) throws IOException {
    ensureOpen();
    notNegative(newSize, "size");
    if (newSize < size) {
      if (stream != null || newSize != 0) {
        throw new UnsupportedOperationException(
            name + " is written as a stream and cannot be truncated to " + newSize);
      }
      openStream(false);
      size = 0;
    }
    position = Math.min(position, newSize);
    return this;
  }

  @Override
  void release() throws IOException {
    if (stream != null) {
      VfsErrors.translating(
          name,
          () -> {
            stream.close();
            return null;
          });
    }
  }

  private void openStream(boolean append) throws IOException {
    stream = VfsErrors.translating(name, () -> file.getContent().getOutputStream(append));
  }
}
