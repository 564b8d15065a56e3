package dev.wasi4j.internal.fd;

import static dev.wasi4j.internal.abi.Errno.EBADF;
import static dev.wasi4j.internal.abi.Errno.EINVAL;
import static dev.wasi4j.internal.abi.Errno.ENOTCAPABLE;
import static dev.wasi4j.internal.abi.Errno.ESPIPE;

import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.abi.Flags;
import dev.wasi4j.internal.abi.Rights;
import dev.wasi4j.internal.fs.FileStat;
import java.io.IOException;
import java.nio.ByteBuffer;
import dev.wasi4j.internal.fs.TimeUpdate;

/**
 * An open descriptor in the {@link FdTable}: what it refers to, the WASI rights it carries and its
 * {@code fdflags}.
 *
 * <p>Each operation has a default that fails with the errno POSIX gives when the operation does not
 * apply to this kind of descriptor; subclasses override what they support. Rights are checked by the
 * syscalls, before they call these methods.
 */
public abstract class Descriptor {
  private long rightsBase;
  private long rightsInheriting;
  protected int fdFlags;

  protected Descriptor(long rightsBase, long rightsInheriting, int fdFlags) {
    this.rightsBase = rightsBase;
    this.rightsInheriting = rightsInheriting;
    this.fdFlags = fdFlags;
  }

  /** The WASI {@code filetype} of what this descriptor refers to. */
  public abstract byte fileType();

  public final long rightsBase() {
    return rightsBase;
  }

  public final long rightsInheriting() {
    return rightsInheriting;
  }

  /** Fails with ENOTCAPABLE unless this descriptor's base rights include all of {@code rights}. */
  public final void require(long rights) {
    if (!Rights.contains(rightsBase, rights)) {
      throw ErrnoException.of(ENOTCAPABLE);
    }
  }

  /** Fails with ENOTCAPABLE unless this descriptor's base rights include one of {@code rights}. */
  public final void requireAny(long rights) {
    if ((rightsBase & rights) == 0) {
      throw ErrnoException.of(ENOTCAPABLE);
    }
  }

  /** Replaces the rights with a subset of the current ones; ENOTCAPABLE if they would grow. */
  public final void narrowRights(long base, long inheriting) {
    if (!Rights.contains(rightsBase, base) || !Rights.contains(rightsInheriting, inheriting)) {
      throw ErrnoException.of(ENOTCAPABLE);
    }
    rightsBase = base;
    rightsInheriting = inheriting;
  }

  public final int fdFlags() {
    return fdFlags;
  }

  /** {@code fd_fdstat_set_flags}: stores the flags this descriptor honours. */
  public final void setFdFlags(int flags) {
    if ((flags & ~Flags.FDFLAGS_ALL) != 0) {
      throw ErrnoException.of(EINVAL);
    }
    fdFlags = flags;
  }

  /** Reads into {@code dst}; returns the count, 0 at end of input. */
  public int read(ByteBuffer dst) throws IOException {
    throw ErrnoException.of(EBADF);
  }

  /** Writes from {@code src}; returns the count. */
  public int write(ByteBuffer src) throws IOException {
    throw ErrnoException.of(EBADF);
  }

  /** Scattering read at the current position; returns the bytes read (0 at the end). */
  public long read(ByteBuffer[] dsts) throws IOException {
    long total = 0;
    for (ByteBuffer dst : dsts) {
      int n = read(dst);
      if (n <= 0) {
        break;
      }
      total += n;
      if (dst.hasRemaining()) {
        break;
      }
    }
    return total;
  }

  /** Gathering write at the current position (or the end, in append mode); writes everything. */
  public long write(ByteBuffer[] srcs) throws IOException {
    long total = 0;
    for (ByteBuffer src : srcs) {
      while (src.hasRemaining()) {
        total += write(src);
      }
    }
    return total;
  }

  /** Reads at {@code offset} without moving the position. */
  public int pread(ByteBuffer dst, long offset) throws IOException {
    throw ErrnoException.of(ESPIPE);
  }

  /** Writes at {@code offset} without moving the position. */
  public int pwrite(ByteBuffer src, long offset) throws IOException {
    throw ErrnoException.of(ESPIPE);
  }

  /** Moves the position; returns the new one. */
  public long seek(long offset, int whence) throws IOException {
    throw ErrnoException.of(ESPIPE);
  }

  /** {@code fd_filestat_get}. */
  public abstract FileStat stat() throws IOException;

  /** {@code fd_sync}: data and metadata reach stable storage. */
  public void sync() throws IOException {
    throw ErrnoException.of(EINVAL);
  }

  /** {@code fd_datasync}: data reaches stable storage. */
  public void datasync() throws IOException {
    throw ErrnoException.of(EINVAL);
  }

  /** {@code fd_filestat_set_size}. */
  public void setSize(long size) throws IOException {
    throw ErrnoException.of(EINVAL);
  }

  /** {@code fd_advise}: a hint about how the range will be used; only files take it. */
  public void advise(long offset, long len, int advice) throws IOException {
    throw ErrnoException.of(EBADF);
  }

  /** {@code fd_allocate}: the file is at least {@code offset + len} bytes long afterwards. */
  public void allocate(long offset, long len) throws IOException {
    throw ErrnoException.of(EBADF);
  }

  /**
   * {@code fd_filestat_set_times}; a {@code null} time is left unchanged.
   */
  public void setTimes(TimeUpdate atime, TimeUpdate mtime) throws IOException {
    throw ErrnoException.of(EBADF);
  }

  /**
   * Bytes that can be read without blocking, for {@code poll_oneoff}: a positive count, 0 when a read
   * would return end of input at once, or -1 when a read would block.
   */
  public long readable() throws IOException {
    return 0;
  }

  /** Releases what this descriptor holds; called once, when the guest or the host closes it. */
  public void close() throws IOException {}
}
