package dev.wasi4j.fs.vfs;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.commons.vfs2.FileObject;

/**
 * A read-only channel over a VFS input stream, for schemes without random access (the archives:
 * zip, jar, tar, tgz, tbz2). The stream is opened at the first read; a forward seek skips, a
 * backward seek reopens the entry and skips, so every position works, at the cost of rereading.
 *
 * <p>VFS's tar schemes share one stream per archive: opening a second entry closes the stream of
 * the first. A read that fails therefore reopens the entry at its position once before reporting
 * the error, which keeps interleaved reads of two tar entries correct. Reads of one archive are
 * serialized on the VFS file system object (VFS locks it too), so that one guest's reopening cannot
 * close the stream another guest's thread is in the middle of.
 */
final class StreamReadChannel extends VfsChannel {
  private final FileObject file;
  private final String name;
  private final Object archiveLock;
  private final ByteTransfer transfer = new ByteTransfer();
  private InputStream stream;
  private long streamPosition;
  private long position;

  StreamReadChannel(FileObject file, String name) {
    this.file = file;
    this.name = name;
    this.archiveLock = file.getFileSystem();
  }

  @Override
  public synchronized int read(ByteBuffer dst) throws IOException {
    ensureOpen();
    if (!dst.hasRemaining()) {
      return 0;
    }
    synchronized (archiveLock) {
      int count;
      try {
        count = readAtPosition(dst);
      } catch (IOException first) {
        discardStream();
        try {
          count = readAtPosition(dst);
        } catch (IOException second) {
          second.addSuppressed(first);
          throw second;
        }
      }
      if (count > 0) {
        position += count;
        streamPosition = position;
      }
      return count;
    }
  }

  private int readAtPosition(ByteBuffer dst) throws IOException {
    return VfsErrors.translating(name, () -> transfer.read(dst, streamAtPosition()::read));
  }

  /** The stream, opened or reopened as needed and skipped forward to {@link #position}. */
  private InputStream streamAtPosition() throws IOException {
    if (stream != null && streamPosition > position) {
      discardStream();
    }
    if (stream == null) {
      stream = file.getContent().getInputStream();
      streamPosition = 0;
    }
    if (streamPosition < position) {
      try {
        stream.skipNBytes(position - streamPosition);
      } catch (EOFException pastEnd) {
        // Reading past the end is allowed and finds nothing; the stream is at its end.
      }
      streamPosition = position;
    }
    return stream;
  }

  private void discardStream() {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException alreadyBroken) {
        // The stream is dropped because it failed or is behind the position; its close state
        // does not matter.
      }
      stream = null;
    }
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
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
    position = newPosition;
    return this;
  }

  @Override
  public synchronized long size() throws IOException {
    ensureOpen();
    return VfsErrors.translating(name, () -> file.getContent().getSize());
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  void release() throws IOException {
    synchronized (archiveLock) {
      discardStream();
    }
  }
}
