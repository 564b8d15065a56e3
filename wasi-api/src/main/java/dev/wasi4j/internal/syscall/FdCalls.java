package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.EBADF;
import static dev.wasi4j.internal.abi.Errno.EINVAL;
import static dev.wasi4j.internal.abi.Errno.ENAMETOOLONG;
import static dev.wasi4j.internal.abi.Errno.ENOTDIR;
import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static dev.wasi4j.internal.memory.GuestMemory.u32;
import static dev.wasi4j.internal.syscall.SyscallTable.I32;
import static dev.wasi4j.internal.syscall.SyscallTable.I64;

import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.abi.Flags;
import dev.wasi4j.internal.abi.Rights;
import dev.wasi4j.internal.fd.Descriptor;
import dev.wasi4j.internal.fd.DirectoryDescriptor;
import dev.wasi4j.internal.fs.FileStat;
import dev.wasi4j.internal.memory.GuestMemory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Descriptor management and metadata (preview 1): {@code fd_advise}, {@code fd_allocate},
 * {@code fd_close}, {@code fd_datasync}, {@code fd_fdstat_get}, {@code fd_fdstat_set_flags},
 * {@code fd_fdstat_set_rights}, {@code fd_filestat_get}, {@code fd_filestat_set_size},
 * {@code fd_filestat_set_times}, {@code fd_prestat_get}, {@code fd_prestat_dir_name},
 * {@code fd_readdir}, {@code fd_renumber}, {@code fd_sync}.
 *
 * <p>Errors: EBADF for a closed descriptor (and, for the prestat calls, one that is not a preopen),
 * ENOTCAPABLE for a missing right or for widening rights, EFAULT for result pointers outside memory,
 * EINVAL for unknown flags, advice or negative sizes, ENOTDIR for {@code fd_readdir} on a
 * non-directory, ENAMETOOLONG for a prestat name buffer too short.
 */
final class FdCalls {
  private static final int FDSTAT_SIZE = 24;
  private static final int PRESTAT_SIZE = 8;
  private static final int DIRENT_SIZE = 24;

  private final SyscallContext context;

  FdCalls(SyscallContext context) {
    this.context = context;
  }

  void register(SyscallTable table) {
    table.add("fd_advise", a -> advise(a[0], a[1], a[2], (int) a[3]), I32, I64, I64, I32);
    table.add("fd_allocate", a -> allocate(a[0], a[1], a[2]), I32, I64, I64);
    table.add("fd_close", a -> close(a[0]), I32);
    table.add("fd_datasync", a -> datasync(a[0]), I32);
    table.add("fd_fdstat_get", a -> fdstatGet(a[0], a[1]), I32, I32);
    table.add("fd_fdstat_set_flags", a -> fdstatSetFlags(a[0], (int) a[1]), I32, I32);
    table.add("fd_fdstat_set_rights", a -> fdstatSetRights(a[0], a[1], a[2]), I32, I64, I64);
    table.add("fd_filestat_get", a -> filestatGet(a[0], a[1]), I32, I32);
    table.add("fd_filestat_set_size", a -> filestatSetSize(a[0], a[1]), I32, I64);
    table.add(
        "fd_filestat_set_times", a -> filestatSetTimes(a[0], a[1], a[2], (int) a[3]),
        I32, I64, I64, I32);
    table.add("fd_prestat_get", a -> prestatGet(a[0], a[1]), I32, I32);
    table.add("fd_prestat_dir_name", a -> prestatDirName(a[0], a[1], a[2]), I32, I32, I32);
    table.add("fd_readdir", a -> readdir(a[0], a[1], a[2], a[3], a[4]), I32, I32, I32, I64, I32);
    table.add("fd_renumber", a -> renumber(a[0], a[1]), I32, I32);
    table.add("fd_sync", a -> sync(a[0]), I32);
  }

  /** The descriptor {@code fd} holding {@code rights}. */
  private Descriptor descriptor(long fd, long rights) {
    Descriptor descriptor = context.fds().get(fd);
    descriptor.require(rights);
    return descriptor;
  }

  private int advise(long fd, long offset, long len, int advice) throws IOException {
    Descriptor descriptor = descriptor(fd, Rights.FD_ADVISE);
    if (advice < 0 || advice > Flags.ADVICE_MAX || offset < 0 || len < 0) {
      throw ErrnoException.of(EINVAL);
    }
    descriptor.advise(offset, len, advice);
    return SUCCESS;
  }

  private int allocate(long fd, long offset, long len) throws IOException {
    descriptor(fd, Rights.FD_ALLOCATE).allocate(offset, len);
    return SUCCESS;
  }

  private int close(long fd) throws IOException {
    context.fds().remove(fd).close();
    return SUCCESS;
  }

  private int datasync(long fd) throws IOException {
    descriptor(fd, Rights.FD_DATASYNC).datasync();
    return SUCCESS;
  }

  private int sync(long fd) throws IOException {
    descriptor(fd, Rights.FD_SYNC).sync();
    return SUCCESS;
  }

  private int fdstatGet(long fd, long resultPtr) {
    Descriptor descriptor = context.fds().get(fd);
    GuestMemory memory = context.memory();
    long at = u32(resultPtr);
    memory.check(at, FDSTAT_SIZE);
    memory.writeI16(at, descriptor.fileType()); // filetype u8, then a zero byte
    memory.writeI16(at + 2, descriptor.fdFlags());
    memory.writeI32(at + 4, 0);
    memory.writeI64(at + 8, descriptor.rightsBase());
    memory.writeI64(at + 16, descriptor.rightsInheriting());
    return SUCCESS;
  }

  private int fdstatSetFlags(long fd, int flags) {
    descriptor(fd, Rights.FD_FDSTAT_SET_FLAGS).setFdFlags(flags);
    return SUCCESS;
  }

  private int fdstatSetRights(long fd, long base, long inheriting) {
    context.fds().get(fd).narrowRights(base, inheriting);
    return SUCCESS;
  }

  private int filestatGet(long fd, long resultPtr) throws IOException {
    Descriptor descriptor = descriptor(fd, Rights.FD_FILESTAT_GET);
    context.memory().check(u32(resultPtr), FileStat.SIZE);
    descriptor.stat().writeTo(context.memory(), u32(resultPtr));
    return SUCCESS;
  }

  private int filestatSetSize(long fd, long size) throws IOException {
    Descriptor descriptor = descriptor(fd, Rights.FD_FILESTAT_SET_SIZE);
    if (size < 0) {
      throw ErrnoException.of(EINVAL);
    }
    descriptor.setSize(size);
    return SUCCESS;
  }

  private int filestatSetTimes(long fd, long atim, long mtim, int fstFlags) throws IOException {
    Descriptor descriptor = descriptor(fd, Rights.FD_FILESTAT_SET_TIMES);
    FileTimes times = FileTimes.of(atim, mtim, fstFlags, context.clocks());
    descriptor.setTimes(times.atime(), times.mtime());
    return SUCCESS;
  }

  /** The preopen name of {@code fd}; EBADF when it is not a preopened directory. */
  private byte[] preopenName(long fd) {
    String name = context.fds().get(fd, DirectoryDescriptor.class, EBADF).preopenName();
    if (name == null) {
      throw ErrnoException.of(EBADF);
    }
    return name.getBytes(StandardCharsets.UTF_8);
  }

  private int prestatGet(long fd, long resultPtr) {
    byte[] name = preopenName(fd);
    GuestMemory memory = context.memory();
    long at = u32(resultPtr);
    memory.check(at, PRESTAT_SIZE);
    memory.writeI32(at, Flags.PREOPENTYPE_DIR); // tag u8 and padding
    memory.writeI32(at + 4, name.length);
    return SUCCESS;
  }

  private int prestatDirName(long fd, long pathPtr, long pathLen) {
    byte[] name = preopenName(fd);
    if (u32(pathLen) < name.length) {
      throw ErrnoException.of(ENAMETOOLONG);
    }
    context.memory().write(u32(pathPtr), name, 0, name.length);
    return SUCCESS;
  }

  /**
   * {@code fd_readdir}: packs {@code dirent} headers and names from {@code cookie} on; the last
   * entry is cut off at the end of the buffer, which tells the caller to retry with a larger one.
   */
  private int readdir(long fd, long bufPtr, long bufLen, long cookie, long resultPtr)
      throws IOException {
    DirectoryDescriptor dir = context.fds().get(fd, DirectoryDescriptor.class, ENOTDIR);
    dir.require(Rights.FD_READDIR);
    GuestMemory memory = context.memory();
    long buf = u32(bufPtr);
    long capacity = u32(bufLen);
    memory.check(buf, capacity);
    memory.check(u32(resultPtr), 4);
    List<DirectoryDescriptor.Entry> entries = dir.entries(cookie);
    byte[] header = new byte[DIRENT_SIZE];
    ByteBuffer headerView = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
    long used = 0;
    long next = cookie;
    for (DirectoryDescriptor.Entry entry : entries) {
      next++;
      headerView.clear();
      headerView.putLong(next).putLong(entry.ino()).putInt(entry.name().length).put(entry.fileType());
      used += copy(memory, buf + used, capacity - used, header);
      used += copy(memory, buf + used, capacity - used, entry.name());
      if (used == capacity) {
        break;
      }
    }
    memory.writeI32(u32(resultPtr), (int) used);
    return SUCCESS;
  }

  /** Copies as much of {@code bytes} as fits in {@code room}; returns the count copied. */
  private static long copy(GuestMemory memory, long at, long room, byte[] bytes) {
    int n = (int) Math.min(room, bytes.length);
    memory.write(at, bytes, 0, n);
    return n;
  }

  private int renumber(long from, long to) throws IOException {
    context.fds().renumber(from, to);
    return SUCCESS;
  }
}
