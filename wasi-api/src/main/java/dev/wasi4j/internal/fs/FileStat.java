package dev.wasi4j.internal.fs;

import dev.wasi4j.internal.memory.GuestMemory;

/**
 * A WASI {@code filestat}: what {@code fd_filestat_get} and {@code path_filestat_get} report. Times
 * are nanoseconds since the Unix epoch.
 */
public record FileStat(
    long dev, long ino, byte fileType, long nlink, long size, long atim, long mtim, long ctim) {

  /** Size of a {@code filestat} in guest memory. */
  public static final int SIZE = 64;

  /**
   * Writes this record in the preview 1 layout at {@code ptr}; callers have checked the range, before
   * any I/O, so that a bad pointer fails with EFAULT and nothing else.
   */
  public void writeTo(GuestMemory memory, long ptr) {
    memory.writeI64(ptr, dev);
    memory.writeI64(ptr + 8, ino);
    memory.writeI64(ptr + 16, fileType & 0xFF); // filetype u8 followed by 7 bytes of padding
    memory.writeI64(ptr + 24, nlink);
    memory.writeI64(ptr + 32, size);
    memory.writeI64(ptr + 40, atim);
    memory.writeI64(ptr + 48, mtim);
    memory.writeI64(ptr + 56, ctim);
  }
}
