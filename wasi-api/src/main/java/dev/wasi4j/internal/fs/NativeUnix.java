package dev.wasi4j.internal.fs;

import dev.wasi4j.internal.abi.FileType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reaches two things the JDK keeps private on Unix: the descriptor behind a
 * {@code SecureDirectoryStream} (so that {@code mkdirat}, {@code symlinkat}, {@code linkat},
 * {@code readlinkat} and {@code utimensat} can run relative to it through {@code /proc/self/fd}), and
 * the full {@code stat} fields behind {@code BasicFileAttributes} (inode, device, link count, ctime,
 * exact file type, nanosecond times) from the single {@code fstatat} the JDK already made.
 *
 * <p>The fields are read through a private lookup when {@code sun.nio.fs} is opened to us
 * ({@code --add-opens java.base/sun.nio.fs=ALL-UNNAMED}), else through {@code sun.misc.Unsafe}
 * (module {@code jdk.unsupported}), which needs no flag on JDK 17. When neither works (a JDK without
 * these classes), {@link #AVAILABLE} is false and the sandbox falls back to path operations checked
 * against the directory's identity before and after.
 */
final class NativeUnix {
  private static final String STREAM = "sun.nio.fs.UnixSecureDirectoryStream";
  private static final String ATTRIBUTES = "sun.nio.fs.UnixFileAttributes";
  private static final String FILE_CHANNEL = "sun.nio.ch.FileChannelImpl";

  private static final Class<?> STREAM_CLASS;
  private static final Class<?> ATTRIBUTES_CLASS;
  private static final Class<?> FILE_CHANNEL_CLASS;
  private static final MethodHandle DFD;
  private static final MethodHandle CHANNEL_FD;
  private static final MethodHandle DESCRIPTOR_FD;
  private static final MethodHandle MODE;
  private static final MethodHandle NLINK;
  private static final MethodHandle INO;
  private static final MethodHandle DEV;
  private static final MethodHandle SIZE;
  private static final MethodHandle ATIME_SEC;
  private static final MethodHandle ATIME_NSEC;
  private static final MethodHandle MTIME_SEC;
  private static final MethodHandle MTIME_NSEC;
  private static final MethodHandle CTIME_SEC;
  private static final MethodHandle CTIME_NSEC;

  /** Whether the JDK's Unix internals are reachable and {@code /proc/self/fd} exists. */
  static final boolean AVAILABLE;

  static {
    Class<?> stream = null;
    Class<?> attributes = null;
    Class<?> fileChannel = null;
    MethodHandle[] fields = new MethodHandle[14];
    boolean available = false;
    if (!Boolean.getBoolean("wasi4j.disableNativeUnix")
        && new java.io.File("/proc/self/fd").isDirectory()) {
      try {
        stream = Class.forName(STREAM);
        attributes = Class.forName(ATTRIBUTES);
        fileChannel = Class.forName(FILE_CHANNEL);
        FieldReader reader = FieldReader.create();
        fields[0] = reader.getter(stream, "dfd", int.class);
        fields[12] = reader.getter(fileChannel, "fd", java.io.FileDescriptor.class);
        fields[13] = reader.getter(java.io.FileDescriptor.class, "fd", int.class);
        fields[1] = reader.getter(attributes, "st_mode", int.class);
        fields[2] = reader.getter(attributes, "st_nlink", int.class);
        fields[3] = reader.getter(attributes, "st_ino", long.class);
        fields[4] = reader.getter(attributes, "st_dev", long.class);
        fields[5] = reader.getter(attributes, "st_size", long.class);
        fields[6] = reader.getter(attributes, "st_atime_sec", long.class);
        fields[7] = reader.getter(attributes, "st_atime_nsec", long.class);
        fields[8] = reader.getter(attributes, "st_mtime_sec", long.class);
        fields[9] = reader.getter(attributes, "st_mtime_nsec", long.class);
        fields[10] = reader.getter(attributes, "st_ctime_sec", long.class);
        fields[11] = reader.getter(attributes, "st_ctime_nsec", long.class);
        available = true;
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Not this JDK's Unix implementation: the portable fallback applies.
      }
    }
    STREAM_CLASS = stream;
    ATTRIBUTES_CLASS = attributes;
    FILE_CHANNEL_CLASS = fileChannel;
    DFD = fields[0];
    CHANNEL_FD = fields[12];
    DESCRIPTOR_FD = fields[13];
    MODE = fields[1];
    NLINK = fields[2];
    INO = fields[3];
    DEV = fields[4];
    SIZE = fields[5];
    ATIME_SEC = fields[6];
    ATIME_NSEC = fields[7];
    MTIME_SEC = fields[8];
    MTIME_NSEC = fields[9];
    CTIME_SEC = fields[10];
    CTIME_NSEC = fields[11];
    AVAILABLE = available;
  }

  private NativeUnix() {}

  /** The descriptor of a JDK secure directory stream, or -1 when it is not one or not reachable. */
  static int directoryFd(SecureDirectoryStream<?> stream) {
    if (!AVAILABLE || !STREAM_CLASS.isInstance(stream)) {
      return -1;
    }
    try {
      return (int) DFD.invokeExact((Object) stream);
    } catch (Throwable e) {
      throw new IllegalStateException("reading a directory descriptor", e);
    }
  }

  /** The descriptor of a JDK file channel, or -1 when it is not one, is closed or not reachable. */
  static int fileFd(java.nio.channels.SeekableByteChannel channel) {
    if (!AVAILABLE || !FILE_CHANNEL_CLASS.isInstance(channel) || !channel.isOpen()) {
      return -1;
    }
    try {
      Object descriptor = (Object) CHANNEL_FD.invokeExact((Object) channel);
      return (int) DESCRIPTOR_FD.invokeExact(descriptor);
    } catch (Throwable e) {
      throw new IllegalStateException("reading a file descriptor", e);
    }
  }

  /**
   * The full stat behind the JDK's Unix attributes, which the posix view of its Unix streams and
   * paths returns once {@link #AVAILABLE}.
   */
  static FileStat stat(BasicFileAttributes attrs) {
    if (!AVAILABLE || !ATTRIBUTES_CLASS.isInstance(attrs)) {
      throw new IllegalStateException("not the JDK's Unix attributes: " + attrs.getClass());
    }
    Object a = attrs;
    try {
      int mode = (int) MODE.invokeExact(a);
      return new FileStat(
          (long) DEV.invokeExact(a),
          (long) INO.invokeExact(a),
          fileType(mode),
          Integer.toUnsignedLong((int) NLINK.invokeExact(a)),
          (long) SIZE.invokeExact(a),
          nanos((long) ATIME_SEC.invokeExact(a), (long) ATIME_NSEC.invokeExact(a)),
          nanos((long) MTIME_SEC.invokeExact(a), (long) MTIME_NSEC.invokeExact(a)),
          nanos((long) CTIME_SEC.invokeExact(a), (long) CTIME_NSEC.invokeExact(a)));
    } catch (Throwable e) {
      throw new IllegalStateException("reading Unix file attributes", e);
    }
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

  /**
   * Builds {@code (Object) -> fieldType} getters for private JDK fields: through a private lookup
   * where the field's package is opened to us, else through {@code sun.misc.Unsafe}.
   */
  private static final class FieldReader {
    private final Object unsafe;
    private final MethodHandle offsetOf;
    private final Class<?> unsafeClass;

    private FieldReader(Class<?> unsafeClass, Object unsafe, MethodHandle offsetOf) {
      this.unsafeClass = unsafeClass;
      this.unsafe = unsafe;
      this.offsetOf = offsetOf;
    }

    static FieldReader create() throws ReflectiveOperationException {
      Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
      Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
      theUnsafe.setAccessible(true);
      Object unsafe = theUnsafe.get(null);
      MethodHandle offsetOf =
          MethodHandles.lookup()
              .findVirtual(unsafeClass, "objectFieldOffset", MethodType.methodType(long.class, Field.class))
              .bindTo(unsafe);
      return new FieldReader(unsafeClass, unsafe, offsetOf);
    }

    MethodHandle getter(Class<?> owner, String name, Class<?> type)
        throws ReflectiveOperationException {
      Class<?> erased = type.isPrimitive() ? type : Object.class;
      try {
        return MethodHandles.privateLookupIn(owner, MethodHandles.lookup())
            .findGetter(owner, name, type)
            .asType(MethodType.methodType(erased, Object.class));
      } catch (IllegalAccessException notOpened) {
        long offset;
        try {
          offset = (long) offsetOf.invokeExact(owner.getDeclaredField(name));
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalStateException(e);
        }
        String accessor = type == int.class ? "getInt" : type == long.class ? "getLong" : "getObject";
        MethodHandle get =
            MethodHandles.lookup()
                .findVirtual(unsafeClass, accessor, MethodType.methodType(erased, Object.class, long.class))
                .bindTo(unsafe);
        return MethodHandles.insertArguments(get, 1, offset);
      }
    }
  }
}
