package dev.wasi4j.internal.fd;

import static dev.wasi4j.internal.abi.Errno.EFBIG;
import static dev.wasi4j.internal.abi.Errno.EINVAL;

import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.abi.Flags;
import dev.wasi4j.internal.fs.FileStat;
import dev.wasi4j.internal.fs.OpenFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import dev.wasi4j.internal.fs.TimeUpdate;

/**
 * An open regular file (or other non-directory), over the {@link OpenFile} its directory opened.
 *
 * <p>{@code FDFLAGS_APPEND} is applied here rather than by the provider, so that it can be switched by
 * {@code fd_fdstat_set_flags} and so that {@code fd_pwrite} writes at the offset asked (POSIX), never
 * at the end. {@code FDFLAGS_SYNC}/{@code DSYNC}/{@code RSYNC} force each write to storage.
 */
public final class FileDescriptor extends Descriptor {
  /** Largest file size: offsets are s64 in the host's ftruncate/fallocate. */
  private static final long MAX_SIZE = Long.MAX_VALUE;

  private final OpenFile file;
  private final SeekableByteChannel channel;
  private final byte fileType;

  public FileDescriptor(
      OpenFile file, byte fileType, long rightsBase, long rightsInheriting, int fdFlags) {
    super(rightsBase, rightsInheriting, fdFlags);
    this.file = file;
    this.channel = file.channel();
    this.fileType = fileType;
  }

  @Override
  public byte fileType() {
    return fileType;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    return Math.max(0, channel.read(dst));
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    toEndIfAppending();
    int n = channel.write(src);
    forceIfSynchronous();
    return n;
  }

  /** One readv(2) for all the buffers when the channel is a FileChannel. */
  @Override
  public long read(ByteBuffer[] dsts) throws IOException {
    if (channel instanceof FileChannel file) {
      return Math.max(0, file.read(dsts));
    }
    return super.read(dsts);
  }

  /** One writev(2) for all the buffers (more if it is short) when the channel is a FileChannel. */
  @Override
  public long write(ByteBuffer[] srcs) throws IOException {
    if (!(channel instanceof FileChannel file)) {
      return super.write(srcs);
    }
    toEndIfAppending();
    long total = 0;
    while (srcs[srcs.length - 1].hasRemaining()) {
      total += file.write(srcs);
    }
    forceIfSynchronous();
    return total;
  }

  @Override
  public int pread(ByteBuffer dst, long offset) throws IOException {
    int n =
        channel instanceof FileChannel file
            ? file.read(dst, offset)
            : atOffset(offset, () -> channel.read(dst));
    return Math.max(0, n);
  }

  @Override
  public int pwrite(ByteBuffer src, long offset) throws IOException {
    int n = writeAt(src, offset);
    forceIfSynchronous();
    return n;
  }

  @Override
  public long seek(long offset, int whence) throws IOException {
    long base;
    switch (whence) {
      case Flags.WHENCE_SET:
        base = 0;
        break;
      case Flags.WHENCE_CUR:
        base = channel.position();
        break;
      case Flags.WHENCE_END:
        base = channel.size();
        break;
      default:
        throw ErrnoException.of(EINVAL);
    }
    long target = base + offset;
    if (target < 0 || ((base ^ target) & (offset ^ target)) < 0) {
      throw ErrnoException.of(EINVAL);
    }
    channel.position(target);
    return target;
  }

  @Override
  public long readable() throws IOException {
    return Math.max(0, channel.size() - channel.position());
  }

  @Override
  public FileStat stat() throws IOException {
    return file.stat();
  }

  @Override
  public void sync() throws IOException {
    force(true);
  }

  @Override
  public void datasync() throws IOException {
    force(false);
  }

  /** {@code ftruncate}: shrinks or grows (with zeros), leaving the position where it was. */
  @Override
  public void setSize(long size) throws IOException {
    long current = channel.size();
    if (size < current) {
      long position = channel.position();
      channel.truncate(size); // moves the position down to size when it was beyond; ftruncate does not
      channel.position(position);
    } else if (size > current) {
      extendTo(size);
    }
  }

  /** {@code posix_fallocate}: EINVAL for a zero length, EFBIG past the largest file size. */
  @Override
  public void allocate(long offset, long len) throws IOException {
    if (offset < 0 || len <= 0) {
      throw ErrnoException.of(EINVAL);
    }
    if (offset > MAX_SIZE - len) {
      throw ErrnoException.of(EFBIG);
    }
    if (offset + len > channel.size()) {
      extendTo(offset + len);
    }
  }

  @Override
  public void setTimes(TimeUpdate atime, TimeUpdate mtime) throws IOException {
    file.setTimes(atime, mtime);
  }

  @Override
  public void close() throws IOException {
    file.close();
  }

  /** {@code fd_advise}: a hint java.nio has no way to pass on; accepted. */
  @Override
  public void advise(long offset, long len, int advice) {}

  /** Grows the file to {@code size} bytes with zeros, leaving the position where it was. */
  private void extendTo(long size) throws IOException {
    writeAt(ByteBuffer.allocate(1), size - 1);
  }

  /** In append mode, every write starts at the end of the file. */
  private void toEndIfAppending() throws IOException {
    if ((fdFlags & Flags.FDFLAGS_APPEND) != 0) {
      channel.position(channel.size());
    }
  }

  /** Writes at {@code offset} without moving the position (pwrite(2), not O_APPEND's end). */
  private int writeAt(ByteBuffer src, long offset) throws IOException {
    return channel instanceof FileChannel file
        ? file.write(src, offset)
        : atOffset(offset, () -> channel.write(src));
  }

  /** Runs a transfer at {@code offset} on a channel with only one position, then restores it. */
  private int atOffset(long offset, Transfer transfer) throws IOException {
    long position = channel.position();
    try {
      channel.position(offset);
      return transfer.run();
    } finally {
      channel.position(position);
    }
  }

  @FunctionalInterface
  private interface Transfer {
    int run() throws IOException;
  }

  private void forceIfSynchronous() throws IOException {
    int sync = Flags.FDFLAGS_SYNC | Flags.FDFLAGS_DSYNC | Flags.FDFLAGS_RSYNC;
    if ((fdFlags & sync) != 0) {
      force((fdFlags & Flags.FDFLAGS_SYNC) != 0);
    }
  }

  private void force(boolean metadata) throws IOException {
    if (channel instanceof FileChannel file) {
      file.force(metadata);
    }
  }
}
