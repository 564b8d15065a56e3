package dev.wasi4j.internal.fs;

import dev.wasi4j.internal.abi.FileType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reaches two things the JDK keeps private on Unix: the descriptor behind a
 * {@code SecureDirectoryStream} (so that {@code mkdirat}, {@code symlinkat}, {@code linkat},
 * {@code readlinkat} and {@code utimensat} can run relative to it through {@code /proc/self/fd}), and
 * the full {@code stat} fields behind {@code BasicFileAttributes} (inode, device, link count, ctime,
 * exact file type, nanosecond times) from the single {@code fstatat} the JDK already made.
 *
 * <p>This needs {@code --add-opens java.base/sun.nio.fs=ALL-UNNAMED} (or this module's name). Without
 * it {@link #AVAILABLE} is false and the sandbox falls back to path operations checked against the
 * directory's identity before and after; see the README.
 */
final class NativeUnix {
  private static final VarHandle DFD;
  private static final VarHandle MODE;
  private static final VarHandle INO;
  private static final VarHandle DEV;
  private static final VarHandle NLINK;
  private static final VarHandle SIZE;
  private static final VarHandle ATIME_SEC;
  private static final VarHandle ATIME_NSEC;
  private static final VarHandle MTIME_SEC;
  private static final VarHandle MTIME_NSEC;
  private static final VarHandle CTIME_SEC;
  private static final VarHandle CTIME_NSEC;
  private static final Class<?> ATTRIBUTES;
  private static final Class<?> STREAM;
  private static final boolean PROC_FD = new java.io.File("/proc/self/fd").isDirectory();

  /** Whether the JDK's Unix internals are reachable. */
  static final boolean AVAILABLE;

  static {
    VarHandle[] handles = new VarHandle[12];
    Class<?> attributes = null;
    Class<?> stream = null;
    boolean available = false;
    if (!Boolean.getBoolean("wasi4j.disableNativeUnix")) {
      try {
        stream = Class.forName("sun.nio.fs.UnixSecureDirectoryStream");
        attributes = Class.forName("sun.nio.fs.UnixFileAttributes");
        MethodHandles.Lookup streams =
            MethodHandles.privateLookupIn(stream, MethodHandles.lookup());
        MethodHandles.Lookup attrs =
            MethodHandles.privateLookupIn(attributes, MethodHandles.lookup());
        handles[0] = streams.findVarHandle(stream, "dfd", int.class);
        handles[1] = attrs.findVarHandle(attributes, "st_mode", int.class);
        handles[2] = attrs.findVarHandle(attributes, "st_ino", long.class);
        handles[3] = attrs.findVarHandle(attributes, "st_dev", long.class);
        handles[4] = attrs.findVarHandle(attributes, "st_nlink", int.class);
        handles[5] = attrs.findVarHandle(attributes, "st_size", long.class);
        handles[6] = attrs.findVarHandle(attributes, "st_atime_sec", long.class);
        handles[7] = attrs.findVarHandle(attributes, "st_atime_nsec", long.class);
        handles[8] = attrs.findVarHandle(attributes, "st_mtime_sec", long.class);
        handles[9] = attrs.findVarHandle(attributes, "st_mtime_nsec", long.class);
        handles[10] = attrs.findVarHandle(attributes, "st_ctime_sec", long.class);
        handles[11] = attrs.findVarHandle(attributes, "st_ctime_nsec", long.class);
        available = PROC_FD;
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Not a Unix JDK, or sun.nio.fs is not opened to us: use the portable fallback.
      }
    }
    DFD = handles[0];
    MODE = handles[1];
    INO = handles[2];
    DEV = handles[3];
    NLINK = handles[4];
    SIZE = handles[5];
    ATIME_SEC = handles[6];
    ATIME_NSEC = handles[7];
    MTIME_SEC = handles[8];
    MTIME_NSEC = handles[9];
    CTIME_SEC = handles[10];
    CTIME_NSEC = handles[11];
    ATTRIBUTES = attributes;
    STREAM = stream;
    AVAILABLE = available;
  }

  private NativeUnix() {}

  /** The descriptor of a JDK secure directory stream, or -1 when it is not one or not reachable. */
  static int directoryFd(SecureDirectoryStream<?> stream) {
    return AVAILABLE && STREAM.isInstance(stream) ? (int) DFD.get(stream) : -1;
  }

  /** The full stat of JDK Unix attributes, or {@code null} when {@code attrs} are not those. */
  static FileStat stat(BasicFileAttributes attrs) {
    if (!AVAILABLE || !ATTRIBUTES.isInstance(attrs)) {
      return null;
    }
    int mode = (int) MODE.get(attrs);
    return new FileStat(
        (long) DEV.get(attrs),
        (long) INO.get(attrs),
        fileType(mode),
        Integer.toUnsignedLong((int) NLINK.get(attrs)),
        (long) SIZE.get(attrs),
        nanos((long) ATIME_SEC.get(attrs), (long) ATIME_NSEC.get(attrs)),
        nanos((long) MTIME_SEC.get(attrs), (long) MTIME_NSEC.get(attrs)),
        nanos((long) CTIME_SEC.get(attrs), (long) CTIME_NSEC.get(attrs)));
  }

  private static long nanos(long seconds, long nanos) {
    return seconds * 1_000_000_000L + nanos;
  }

  private static byte fileType(int mode) {
    switch (mode & 0170000) {
      case 0100000:
        return FileType.REGULAR_FILE;
      case 0040000:
        return FileType.DIRECTORY;
      case 0120000:
        return FileType.SYMBOLIC_LINK;
      case 0020000:
        return FileType.CHARACTER_DEVICE;
      case 0060000:
        return FileType.BLOCK_DEVICE;
      case 0140000:
        return FileType.SOCKET_STREAM;
      default:
        return FileType.UNKNOWN; // FIFOs have no WASI file type
    }
  }
}
