package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.commons.vfs2.RandomAccessContent;

/**
 * A channel over VFS {@link RandomAccessContent}, for schemes that have it: local and ram
 * (read-write, resizable), sftp and http (read-only; a seek there starts a new ranged transfer).
 * Content is read and written where it lives, never copied whole into memory.
 */
final class RandomAccessChannel extends VfsChannel {
  private final RandomAccessContent content;
  private final String name;
  private final boolean readable;
  private final boolean writable;
  private final boolean append;
  private final boolean resizable;
  private final ByteTransfer transfer = new ByteTransfer();

  private RandomAccessChannel(
      RandomAccessContent content,
      String name,
      boolean readable,
      boolean writable,
      boolean append,
      boolean resizable) {
    this.content = content;
    this.name = name;
    this.readable = readable;
    this.writable = writable;
    this.append = append;
    this.resizable = resizable;
  }

  /**
   * A read-only channel.
   *
   * @param name the path, for messages
   */
  static RandomAccessChannel reading(RandomAccessContent content, String name) {
    return new RandomAccessChannel(content, name, true, false, false, false);
  }

  /**
   * A writable channel.
   *
   * @param name the path, for messages
   * @param readable whether it can also be read
   * @param append whether every write goes to the end, as with {@code APPEND}
   * @param resizable whether the scheme can set the length (VFS's RANDOM_ACCESS_SET_LENGTH)
   */
  static RandomAccessChannel readWrite(
      RandomAccessContent content,
      String name,
      boolean readable,
      boolean append,
      boolean resizable) {
    return new RandomAccessChannel(content, name, readable, true, append, resizable);
  }

  @Override
  public synchronized int read(ByteBuffer dst) throws IOException {
    ensureOpen();
    if (!readable) {
      throw new NonReadableChannelException();
    }
    return VfsErrors.translating(
        name,
        () -> transfer.read(dst, (b, off, len) -> content.getInputStream().read(b, off, len)));
  }

  @Override
  public synchronized int write(ByteBuffer src) throws IOException {
    ensureOpen();
    if (!writable) {
      throw new NonWritableChannelException();
    }
    return VfsErrors.translating(
        name,
        () -> {
          if (append) {
            content.seek(content.length());
          }
          return transfer.write(src, content::write);
        });
  }

  @Override
  public synchronized long position() throws IOException {
    ensureOpen();
    return VfsErrors.translating(name, content::getFilePointer);
  }

  @Override
  public synchronized SeekableByteChannel position(long newPosition) throws IOException {
    ensureOpen();
    notNegative(newPosition, "position");
    VfsErrors.translating(
        name,
        () -> {
          content.seek(newPosition);
          return null;
        });
    return this;
  }

  @Override
  public synchronized long size() throws IOException {
    ensureOpen();
    return VfsErrors.translating(name, content::length);
  }

  @Override
  public synchronized SeekableByteChannel truncate(long size) throws IOException {
    ensureOpen();
    notNegative(size, "size");
    if (!writable) {
      throw new NonWritableChannelException();
    }
    VfsErrors.translating(
        name,
        () -> {
          if (size < content.length()) {
            if (!resizable) {
              throw new UnsupportedOperationException("cannot shorten " + name + " in place");
            }
            content.setLength(size);
          }
          if (content.getFilePointer() > size) {
            content.seek(size);
          }
          return null;
        });
    return this;
  }

  @Override
  void release() throws IOException {
    VfsErrors.translating(
        name,
        () -> {
          content.close();
          return null;
        });
  }
}
