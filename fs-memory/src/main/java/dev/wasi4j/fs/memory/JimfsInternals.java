package dev.wasi4j.fs.memory;

import dev.wasi4j.spi.InodeAttributes;
import java.io.IOException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/**
 * The package-private Jimfs members that wasi4j's Jimfs extensions use, reached by reflection in one
 * place. They are tied to the Jimfs version the build pins (1.3.x): if any is missing,
 * {@link #JIMFS} is {@code null} and the extensions stand aside (the sandbox then uses its path
 * fallback).
 */
final class JimfsInternals {
  /** The members, looked up once for both extensions; {@code null} when this Jimfs lacks one. */
  static final JimfsInternals JIMFS = load();

  final Class<?> secureStream;
  final Class<?> fileChannel;
  private final Field streamView;
  private final Field channelFile;
  // FileSystemView: a view of the file system relative to a working directory object.
  final Method createDirectory;
  final Method createSymbolicLink;
  final Method readSymbolicLink;
  final Method copy;
  final Method lookUp;
  final Method lookUpWithLock;
  private final Field store;
  private final Field workingDirectory;
  private final Method writeLock;
  // DirectoryEntry, Directory, JimfsPath
  final Method requireExists;
  final Method requireDoesNotExist;
  final Method entryFile;
  final Method entryDirectory;
  final Method entryName;
  final Method entryInParent;
  final Method directoryGet;
  final Method directoryLink;
  final Method pathName;
  // File, SymbolicLink
  final Method isDirectory;
  private final Method isRegularFile;
  private final Method isSymbolicLink;
  private final Method symlinkTarget;
  private final Method size;
  private final Method id;
  private final Method links;
  private final Method getLastAccessTime;
  private final Method getLastModifiedTime;
  private final Method getCreationTime;
  private final Method setLastAccessTime;
  final Method setLastModifiedTime;

  private JimfsInternals() throws ReflectiveOperationException {
    secureStream = type("JimfsSecureDirectoryStream");
    fileChannel = type("JimfsFileChannel");
    Class<?> view = type("FileSystemView");
    Class<?> path = type("JimfsPath");
    Class<?> entry = type("DirectoryEntry");
    Class<?> directory = type("Directory");
    Class<?> file = type("File");
    streamView = accessible(secureStream.getDeclaredField("view"));
    channelFile = accessible(fileChannel.getDeclaredField("file"));
    createDirectory = method(view, "createDirectory", path, FileAttribute[].class);
    createSymbolicLink = method(view, "createSymbolicLink", path, path, FileAttribute[].class);
    readSymbolicLink = method(view, "readSymbolicLink", path);
    copy = method(view, "copy", path, view, path, Set.class, boolean.class);
    lookUp = method(view, "lookUp", path, Set.class);
    lookUpWithLock = method(view, "lookUpWithLock", path, Set.class);
    store = accessible(view.getDeclaredField("store"));
    workingDirectory = accessible(view.getDeclaredField("workingDirectory"));
    writeLock = method(store.getType(), "writeLock");
    requireExists = method(entry, "requireExists", Path.class);
    requireDoesNotExist = method(entry, "requireDoesNotExist", Path.class);
    entryFile = method(entry, "file");
    entryDirectory = method(entry, "directory");
    entryName = method(entry, "name");
    entryInParent = method(directory, "entryInParent");
    directoryGet = method(directory, "get", type("Name"));
    directoryLink = method(directory, "link", type("Name"), file);
    pathName = method(path, "name");
    isDirectory = method(file, "isDirectory");
    isRegularFile = method(file, "isRegularFile");
    isSymbolicLink = method(file, "isSymbolicLink");
    symlinkTarget = method(type("SymbolicLink"), "target");
    size = method(file, "size");
    id = method(file, "id");
    links = method(file, "links");
    getLastAccessTime = method(file, "getLastAccessTime");
    getLastModifiedTime = method(file, "getLastModifiedTime");
    getCreationTime = method(file, "getCreationTime");
    setLastAccessTime = method(file, "setLastAccessTime", FileTime.class);
    setLastModifiedTime = method(file, "setLastModifiedTime", FileTime.class);
  }

  private static JimfsInternals load() {
    try {
      return new JimfsInternals();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The file-system view of a Jimfs secure directory stream: relative to the directory itself. */
  Object view(Object stream) {
    return get(streamView, stream);
  }

  /** The file a Jimfs file channel is open on. */
  Object file(Object channel) {
    return get(channelFile, channel);
  }

  /** The directory object a view is relative to. */
  Object workingDirectory(Object view) {
    return get(workingDirectory, view);
  }

  /** The lock Jimfs holds while changing its tree. */
  Lock writeLock(Object view) throws IOException {
    return (Lock) invoke(writeLock, get(store, view));
  }

  /**
   * A snapshot of a Jimfs file's attributes. A symlink's size is its target's length, as POSIX has
   * it (Jimfs reports 0); Jimfs's unix view reports the creation time as ctime, and so does this.
   */
  InodeAttributes attributes(Object file) throws IOException {
    boolean symbolic = (Boolean) invoke(isSymbolicLink, file);
    long length =
        symbolic
            ? invoke(symlinkTarget, file).toString().getBytes(StandardCharsets.UTF_8).length
            : (Long) invoke(size, file);
    return new JimfsAttributes(
        (Integer) invoke(id, file),
        ((Number) invoke(links, file)).longValue(),
        length,
        (Boolean) invoke(isDirectory, file),
        (Boolean) invoke(isRegularFile, file),
        symbolic,
        (FileTime) invoke(getLastAccessTime, file),
        (FileTime) invoke(getLastModifiedTime, file),
        (FileTime) invoke(getCreationTime, file));
  }

  /** Sets a Jimfs file's times; {@code null} leaves one unchanged. */
  void setTimes(Object file, FileTime lastAccess, FileTime lastModified) throws IOException {
    if (lastAccess != null) {
      invoke(setLastAccessTime, file, lastAccess);
    }
    if (lastModified != null) {
      invoke(setLastModifiedTime, file, lastModified);
    }
  }

  /** Calls a Jimfs method, rethrowing what it throws as it is. */
  static Object invoke(Method method, Object target, Object... args) throws IOException {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object get(Field field, Object owner) {
    try {
      return field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> type(String name) throws ClassNotFoundException {
    return Class.forName("com.google.common.jimfs." + name);
  }

  private static Method method(Class<?> owner, String name, Class<?>... parameters)
      throws NoSuchMethodException {
    return accessible(owner.getDeclaredMethod(name, parameters));
  }

  private static <T extends AccessibleObject> T accessible(T member) {
    member.setAccessible(true);
    return member;
  }

  /** A snapshot of a Jimfs file's attributes. */
  private record JimfsAttributes(
      int id,
      long linkCount,
      long size,
      boolean isDirectory,
      boolean isRegularFile,
      boolean isSymbolicLink,
      FileTime lastAccessTime,
      FileTime lastModifiedTime,
      FileTime creationTime)
      implements InodeAttributes {
    @Override
    public long inode() {
      return id;
    }

    @Override
    public FileTime changeTime() {
      return creationTime;
    }

    @Override
    public boolean isOther() {
      return !isDirectory && !isRegularFile && !isSymbolicLink;
    }

    @Override
    public Object fileKey() {
      return id;
    }
  }
}
