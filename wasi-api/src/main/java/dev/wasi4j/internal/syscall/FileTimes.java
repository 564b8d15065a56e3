package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.EINVAL;

import dev.wasi4j.Clocks;
import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.abi.Flags;
import dev.wasi4j.internal.fs.TimeUpdate;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * The access and modification times a {@code *_filestat_set_times} call asks for, decoded from its
 * {@code fstflags}: a given time, "now" (read from the guest's realtime clock), or {@code null} for
 * unchanged. EINVAL for unknown flags or
 * for asking both a time and "now" for the same field.
 */
record FileTimes(TimeUpdate atime, TimeUpdate mtime) {

  static FileTimes of(long atim, long mtim, int fstFlags, Clocks clocks) {
    if ((fstFlags & ~Flags.FSTFLAGS_ALL) != 0) {
      throw ErrnoException.of(EINVAL);
    }
    FileTime now = null;
    if ((fstFlags & (Flags.FSTFLAGS_ATIM_NOW | Flags.FSTFLAGS_MTIM_NOW)) != 0) {
      now = time(clocks.realtime());
    }
    return new FileTimes(
        pick(atim, fstFlags, Flags.FSTFLAGS_ATIM, Flags.FSTFLAGS_ATIM_NOW, now),
        pick(mtim, fstFlags, Flags.FSTFLAGS_MTIM, Flags.FSTFLAGS_MTIM_NOW, now));
  }

  private static TimeUpdate pick(long nanos, int flags, int given, int current, FileTime now) {
    boolean useGiven = (flags & given) != 0;
    boolean useNow = (flags & current) != 0;
    if (useGiven && useNow) {
      throw ErrnoException.of(EINVAL);
    }
    return useNow ? new TimeUpdate(now, true) : useGiven ? new TimeUpdate(time(nanos), false) : null;
  }

  private static FileTime time(long nanosSinceEpoch) {
    return FileTime.from(Instant.ofEpochSecond(0, nanosSinceEpoch));
  }
}
