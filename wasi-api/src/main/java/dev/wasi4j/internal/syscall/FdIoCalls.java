package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.EINVAL;
import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static dev.wasi4j.internal.memory.GuestMemory.u32;
import static dev.wasi4j.internal.syscall.SyscallTable.I32;
import static dev.wasi4j.internal.syscall.SyscallTable.I64;

import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.abi.Flags;
import dev.wasi4j.internal.abi.Rights;
import dev.wasi4j.internal.fd.Descriptor;
import dev.wasi4j.internal.memory.GuestMemory;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Data transfer on descriptors (preview 1): {@code fd_read}, {@code fd_write}, {@code fd_pread},
 * {@code fd_pwrite}, {@code fd_seek}, {@code fd_tell}.
 *
 * <p>Errors: EBADF for a closed descriptor or one that cannot transfer data, ENOTCAPABLE when the
 * descriptor lacks {@code FD_READ}/{@code FD_WRITE}/{@code FD_SEEK}/{@code FD_TELL}, EFAULT for an
 * iovec array or buffer outside memory (checked before any byte moves), ESPIPE for offsets on a
 * stream, EINVAL for a bad whence or a negative resulting offset, EISDIR on a directory.
 */
final class FdIoCalls {
  /** Size of an iovec / ciovec: buf pointer and length, both u32. */
  private static final int IOVEC_SIZE = 8;

  /**
   * From this many bytes on, fd_read/fd_write (at the current position) move data between the
   * channel and views of the guest's memory pages with one readv/writev, without a copy on the
   * Java heap; below it, copying through the scratch buffer is cheaper than the views.
   */
  private static final int VIEW_MIN = 4096;

  /** The rights that allow asking for the position: FD_SEEK implies FD_TELL (typenames.witx). */
  private static final long TELL = Rights.FD_TELL | Rights.FD_SEEK;

  private final SyscallContext context;

  FdIoCalls(SyscallContext context) {
    this.context = context;
  }

  void register(SyscallTable table) {
    table.add("fd_read", a -> read(a[0], a[1], a[2], -1, a[3]), I32, I32, I32, I32);
    table.add("fd_pread", a -> read(a[0], a[1], a[2], offset(a[3]), a[4]), I32, I32, I32, I64, I32);
    table.add("fd_write", a -> write(a[0], a[1], a[2], -1, a[3]), I32, I32, I32, I32);
    table.add(
        "fd_pwrite", a -> write(a[0], a[1], a[2], offset(a[3]), a[4]), I32, I32, I32, I64, I32);
    table.add("fd_seek", a -> seek(a[0], a[1], (int) a[2], a[3]), I32, I64, I32, I32);
    table.add("fd_tell", a -> tell(a[0], a[1]), I32, I32);
  }

  /** A u64 file offset; ones that do not fit a Java long are EINVAL, as for pread(2). */
  private static long offset(long arg) {
    if (arg < 0) {
      throw ErrnoException.of(EINVAL);
    }
    return arg;
  }

  /** Reads into the iovecs; {@code offset} < 0 means at the current position. */
  private int read(long fd, long iovsPtr, long iovsLen, long offset, long resultPtr)
      throws IOException {
    Descriptor descriptor = context.fds().get(fd);
    descriptor.require(offset < 0 ? Rights.FD_READ : Rights.FD_READ | Rights.FD_SEEK);
    GuestMemory memory = context.memory();
    long iovs = checkIovecs(iovsPtr, iovsLen);
    memory.check(u32(resultPtr), 4);
    long total = 0;
    transfer:
    for (long i = 0; i < u32(iovsLen); i++) {
      long buf = u32(memory.readI32(iovs + i * IOVEC_SIZE));
      long remaining = u32(memory.readI32(iovs + i * IOVEC_SIZE + 4));
      while (remaining > 0) {
        int span = (int) Math.min(remaining, SyscallContext.SCRATCH_SIZE);
        long n = readInto(descriptor, buf, span, offset < 0 ? -1 : offset + total);
        total += Math.max(0, n);
        if (n < span) {
          break transfer; // the end, or a short read: more would block
        }
        buf += n;
        remaining -= n;
      }
    }
    memory.writeI32(u32(resultPtr), (int) total);
    return SUCCESS;
  }

  /**
   * Reads up to {@code len} bytes into guest memory at {@code buf}, straight into views of the
   * guest's pages when that is worth it, else through the scratch buffer; returns the count.
   */
  private long readInto(Descriptor descriptor, long buf, int len, long position)
      throws IOException {
    GuestMemory memory = context.memory();
    ByteBuffer[] views = position < 0 && len >= VIEW_MIN ? memory.views(buf, len) : null;
    if (views != null) {
      return descriptor.read(views);
    }
    ByteBuffer chunk = context.scratch(len);
    int n = position < 0 ? descriptor.read(chunk) : descriptor.pread(chunk, position);
    chunk.flip();
    memory.write(buf, chunk);
    return n;
  }

  /** Writes the ciovecs; {@code offset} < 0 means at the current position (or the end, in append mode). */
  private int write(long fd, long iovsPtr, long iovsLen, long offset, long resultPtr)
      throws IOException {
    Descriptor descriptor = context.fds().get(fd);
    descriptor.require(offset < 0 ? Rights.FD_WRITE : Rights.FD_WRITE | Rights.FD_SEEK);
    GuestMemory memory = context.memory();
    long iovs = checkIovecs(iovsPtr, iovsLen);
    memory.check(u32(resultPtr), 4);
    long total = 0;
    for (long i = 0; i < u32(iovsLen); i++) {
      long buf = u32(memory.readI32(iovs + i * IOVEC_SIZE));
      long remaining = u32(memory.readI32(iovs + i * IOVEC_SIZE + 4));
      while (remaining > 0) {
        int span = (int) Math.min(remaining, SyscallContext.SCRATCH_SIZE);
        writeFrom(descriptor, buf, span, offset < 0 ? -1 : offset + total);
        buf += span;
        remaining -= span;
        total += span;
      }
    }
    memory.writeI32(u32(resultPtr), (int) total);
    return SUCCESS;
  }

  /**
   * Writes all {@code len} bytes of guest memory at {@code buf}, straight from views of the guest's
   * pages when that is worth it, else through the scratch buffer.
   */
  private void writeFrom(Descriptor descriptor, long buf, int len, long position)
      throws IOException {
    GuestMemory memory = context.memory();
    ByteBuffer[] views = position < 0 && len >= VIEW_MIN ? memory.views(buf, len) : null;
    if (views != null) {
      descriptor.write(views);
      return;
    }
    ByteBuffer chunk = context.scratch(len);
    memory.read(buf, chunk);
    chunk.flip();
    for (long at = position; chunk.hasRemaining(); ) {
      int n = at < 0 ? descriptor.write(chunk) : descriptor.pwrite(chunk, at);
      at = at < 0 ? at : at + n;
    }
  }

  /** Checks the iovec array and every buffer it points to; returns the array's address. */
  private long checkIovecs(long iovsPtr, long iovsLen) {
    GuestMemory memory = context.memory();
    long iovs = u32(iovsPtr);
    long count = u32(iovsLen);
    memory.check(iovs, count * IOVEC_SIZE);
    for (long i = 0; i < count; i++) {
      memory.check(
          u32(memory.readI32(iovs + i * IOVEC_SIZE)),
          u32(memory.readI32(iovs + i * IOVEC_SIZE + 4)));
    }
    return iovs;
  }

  private int seek(long fd, long offset, int whence, long resultPtr) throws IOException {
    Descriptor descriptor = context.fds().get(fd);
    // lseek(fd, 0, SEEK_CUR) is how C asks for the position: FD_TELL suffices for it.
    if (offset == 0 && whence == Flags.WHENCE_CUR) {
      descriptor.requireAny(TELL);
    } else {
      descriptor.require(Rights.FD_SEEK);
    }
    if (whence < Flags.WHENCE_SET || whence > Flags.WHENCE_END) {
      throw ErrnoException.of(EINVAL);
    }
    context.memory().check(u32(resultPtr), 8);
    context.memory().writeI64(u32(resultPtr), descriptor.seek(offset, whence));
    return SUCCESS;
  }

  private int tell(long fd, long resultPtr) throws IOException {
    Descriptor descriptor = context.fds().get(fd);
    descriptor.requireAny(TELL);
    context.memory().check(u32(resultPtr), 8);
    context.memory().writeI64(u32(resultPtr), descriptor.seek(0, Flags.WHENCE_CUR));
    return SUCCESS;
  }
}
