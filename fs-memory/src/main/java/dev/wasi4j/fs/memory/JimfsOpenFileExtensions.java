package dev.wasi4j.fs.memory;

import dev.wasi4j.spi.OpenFileExtensions;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link OpenFileExtensions} for Jimfs: a Jimfs file channel holds the file object itself, whose
 * attributes and times stay reachable after the file is renamed or unlinked. The members are
 * package-private in Jimfs and reached by reflection, tied to the pinned Jimfs version (1.3.x); the
 * class disables itself if they are missing.
 */
public final class JimfsOpenFileExtensions implements OpenFileExtensions {
  private static final Reflection JIMFS = Reflection.load();

  @Override
  public boolean supports(SeekableByteChannel channel) {
    return JIMFS != null && JIMFS.channel.isInstance(channel);
  }

  @Override
  public Map<String, Object> readAttributes(SeekableByteChannel channel) throws IOException {
    Object file = file(channel);
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("size", call(JIMFS.size, file));
    attributes.put("lastModifiedTime", call(JIMFS.lastModifiedTime, file));
    attributes.put("lastAccessTime", call(JIMFS.lastAccessTime, file));
    // Jimfs's unix view reports the creation time as ctime; keep the same answer here.
    attributes.put("ctime", call(JIMFS.creationTime, file));
    attributes.put("isRegularFile", Boolean.TRUE);
    attributes.put("ino", ((Number) call(JIMFS.id, file)).longValue());
    attributes.put("nlink", ((Number) call(JIMFS.links, file)).longValue());
    return attributes;
  }

  @Override
  public void setTimes(SeekableByteChannel channel, FileTime lastAccess, FileTime lastModified)
      throws IOException {
    Object file = file(channel);
    if (lastAccess != null) {
      call(JIMFS.setLastAccessTime, file, lastAccess);
    }
    if (lastModified != null) {
      call(JIMFS.setLastModifiedTime, file, lastModified);
    }
  }

  private static Object file(SeekableByteChannel channel) {
    try {
      return JIMFS.file.get(channel);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object call(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException
          ? (RuntimeException) e.getCause()
          : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Jimfs members used here, or {@code null} when this Jimfs does not have them. */
  private static final class Reflection {
    final Class<?> channel;
    final Field file;
    final Method size;
    final Method id;
    final Method links;
    final Method creationTime;
    final Method lastAccessTime;
    final Method lastModifiedTime;
    final Method setLastAccessTime;
    final Method setLastModifiedTime;

    private Reflection() throws ReflectiveOperationException {
      channel = Class.forName("com.google.common.jimfs.JimfsFileChannel");
      file = accessible(channel.getDeclaredField("file"));
      Class<?> jimfsFile = Class.forName("com.google.common.jimfs.File");
      Class<?> regularFile = Class.forName("com.google.common.jimfs.RegularFile");
      size = accessible(regularFile.getDeclaredMethod("size"));
      id = accessible(jimfsFile.getDeclaredMethod("id"));
      links = accessible(jimfsFile.getDeclaredMethod("links"));
      creationTime = accessible(jimfsFile.getDeclaredMethod("getCreationTime"));
      lastAccessTime = accessible(jimfsFile.getDeclaredMethod("getLastAccessTime"));
      lastModifiedTime = accessible(jimfsFile.getDeclaredMethod("getLastModifiedTime"));
      setLastAccessTime =
          accessible(jimfsFile.getDeclaredMethod("setLastAccessTime", FileTime.class));
      setLastModifiedTime =
          accessible(jimfsFile.getDeclaredMethod("setLastModifiedTime", FileTime.class));
    }

    static Reflection load() {
      try {
        return new Reflection();
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
      member.setAccessible(true);
      return member;
    }
  }
}
