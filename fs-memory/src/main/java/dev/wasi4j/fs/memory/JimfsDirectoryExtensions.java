package dev.wasi4j.fs.memory;

import dev.wasi4j.spi.InodeAttributes;
import dev.wasi4j.spi.SecureDirectoryExtensions;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.locks.Lock;
import java.nio.file.FileSystemException;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Set;

/**
 * {@link SecureDirectoryExtensions} for Jimfs: Jimfs's secure directory stream holds a view of the
 * file system whose working directory is the open directory itself (not its path), and that view
 * already has {@code createDirectory}, {@code createSymbolicLink}, {@code link},
 * {@code readSymbolicLink} and attribute access for relative paths, each under the file system's
 * lock. They are package-private, so they are reached by reflection; this class is tied to the Jimfs
 * version pinned by the build (1.3.x) and disables itself if those members are missing.
 */
public final class JimfsDirectoryExtensions implements SecureDirectoryExtensions {
  private static final Set<LinkOption> NO_FOLLOW = Set.of(LinkOption.NOFOLLOW_LINKS);
  private static final Reflection JIMFS = Reflection.load();

  @Override
  public boolean supports(SecureDirectoryStream<Path> stream) {
    return JIMFS != null && JIMFS.stream.isInstance(stream);
  }

  @Override
  public void createDirectory(SecureDirectoryStream<Path> directory, Path name) throws IOException {
    invoke(JIMFS.createDirectory, view(directory), name, new FileAttribute<?>[0]);
  }

  @Override
  public void createSymbolicLink(SecureDirectoryStream<Path> directory, Path name, Path target)
      throws IOException {
    invoke(JIMFS.createSymbolicLink, view(directory), name, target, new FileAttribute<?>[0]);
  }

  /**
   * Jimfs's own {@code link} follows a symlink and links regular files only; {@code linkat} without
   * {@code AT_SYMLINK_FOLLOW} links whatever the name is (a symlink too) except a directory. So the
   * entry is linked here, under the store's write lock, with Jimfs's directory primitives.
   */
  @Override
  public void createLink(
      SecureDirectoryStream<Path> directory,
      Path name,
      SecureDirectoryStream<Path> existingDirectory,
      Path existing)
      throws IOException {
    Object view = view(directory);
    Object existingView = view(existingDirectory);
    Lock lock = (Lock) invoke(JIMFS.writeLock, get(JIMFS.store, view));
    lock.lock();
    try {
      Object source = invoke(JIMFS.lookUp, existingView, existing, NO_FOLLOW);
      invoke(JIMFS.requireExists, source, existing);
      Object file = invoke(JIMFS.entryFile, source);
      if ((Boolean) invoke(JIMFS.isDirectory, file)) {
        throw new FileSystemException(existing.toString(), null, "Operation not permitted");
      }
      Object target = invoke(JIMFS.lookUp, view, name, NO_FOLLOW);
      invoke(JIMFS.requireDoesNotExist, target, name);
      Object parent = invoke(JIMFS.entryDirectory, target);
      invoke(JIMFS.directoryLink, parent, invoke(JIMFS.pathName, name), file);
      invoke(JIMFS.setLastModifiedTime, parent, FileTime.from(Instant.now()));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Jimfs's secure stream {@code move} refuses an existing target; its view's copy can replace, and
   * with {@code NOFOLLOW_LINKS} it moves a symlink itself.
   */
  @Override
  public void rename(
      SecureDirectoryStream<Path> directory,
      Path name,
      SecureDirectoryStream<Path> targetDirectory,
      Path targetName)
      throws IOException {
    try {
      invoke(
          JIMFS.copy,
          view(directory),
          name,
          view(targetDirectory),
          targetName,
          Set.of(StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS),
          true);
    } catch (FileSystemException e) {
      throw e;
    } catch (IOException e) {
      // Jimfs reports moving a directory into itself as a bare IOException ("invalid argument: ...").
      throw new FileSystemException(name.toString(), targetName.toString(), "Invalid argument");
    }
  }

  /** Jimfs lets entries be created in a removed directory; a removed one is no longer in its parent. */
  @Override
  public boolean isRemoved(SecureDirectoryStream<Path> directory) throws IOException {
    Object self = get(JIMFS.workingDirectory, view(directory));
    Object entry = invoke(JIMFS.entryInParent, self);
    Object parent = invoke(JIMFS.entryDirectory, entry);
    if (parent == self) {
      return false; // a root is its own parent, and cannot be removed
    }
    Object current = invoke(JIMFS.directoryGet, parent, invoke(JIMFS.entryName, entry));
    return current == null || invoke(JIMFS.entryFile, current) != self;
  }

  @Override
  public Path readSymbolicLink(SecureDirectoryStream<Path> directory, Path name) throws IOException {
    return (Path) invoke(JIMFS.readSymbolicLink, view(directory), name);
  }

  @Override
  public void setTimes(
      SecureDirectoryStream<Path> directory, Path name, FileTime lastAccess, FileTime lastModified)
      throws IOException {
    Object view = view(directory);
    if (lastAccess != null) {
      invoke(JIMFS.setAttribute, view, name, "basic:lastAccessTime", lastAccess, NO_FOLLOW);
    }
    if (lastModified != null) {
      invoke(JIMFS.setAttribute, view, name, "basic:lastModifiedTime", lastModified, NO_FOLLOW);
    }
  }

  /**
   * One lookup under Jimfs's lock, then the file's own fields — where the stream's views would
   * parse an attribute list and build maps for each stat. A symlink's size is its target's length,
   * as POSIX has it (Jimfs reports 0).
   */
  @Override
  public InodeAttributes readAttributes(SecureDirectoryStream<Path> directory, Path name)
      throws IOException {
    Object entry = invoke(JIMFS.lookUpWithLock, view(directory), name, NO_FOLLOW);
    invoke(JIMFS.requireExists, entry, name);
    Object file = invoke(JIMFS.entryFile, entry);
    boolean directoryFile = (Boolean) invoke(JIMFS.isDirectory, file);
    boolean regular = (Boolean) invoke(JIMFS.isRegularFile, file);
    boolean symbolic = (Boolean) invoke(JIMFS.isSymbolicLink, file);
    long size =
        symbolic
            ? invoke(JIMFS.symlinkTarget, file).toString().getBytes(StandardCharsets.UTF_8).length
            : (Long) invoke(JIMFS.size, file);
    return new Attributes(
        (Integer) invoke(JIMFS.id, file),
        ((Number) invoke(JIMFS.links, file)).longValue(),
        size,
        directoryFile,
        regular,
        symbolic,
        (FileTime) invoke(JIMFS.getLastAccessTime, file),
        (FileTime) invoke(JIMFS.getLastModifiedTime, file),
        (FileTime) invoke(JIMFS.getCreationTime, file));
  }

  /** A snapshot of a Jimfs file's attributes; Jimfs's unix view reports its creation time as ctime. */
  private record Attributes(
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

  private static Object view(SecureDirectoryStream<Path> directory) {
    return get(JIMFS.view, directory);
  }

  private static Object get(Field field, Object owner) {
    try {
      return field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Method method, Object target, Object... args) throws IOException {
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

  /** The Jimfs members used here, or {@code null} when this Jimfs does not have them. */
  private static final class Reflection {
    final Class<?> stream;
    final Field view;
    final Method createDirectory;
    final Method createSymbolicLink;
    final Method copy;
    final Field store;
    final Method writeLock;
    final Method lookUp;
    final Method requireExists;
    final Method requireDoesNotExist;
    final Method entryFile;
    final Method entryDirectory;
    final Method isDirectory;
    final Method directoryLink;
    final Method pathName;
    final Method setLastModifiedTime;
    final Method lookUpWithLock;
    final Method isRegularFile;
    final Method isSymbolicLink;
    final Method symlinkTarget;
    final Method size;
    final Method id;
    final Method links;
    final Method getLastAccessTime;
    final Method getLastModifiedTime;
    final Method getCreationTime;
    final Field workingDirectory;
    final Method entryInParent;
    final Method entryName;
    final Method directoryGet;
    final Method readSymbolicLink;
    final Method readAttributes;
    final Method setAttribute;

    private Reflection() throws ReflectiveOperationException {
      stream = Class.forName("com.google.common.jimfs.JimfsSecureDirectoryStream");
      Class<?> viewClass = Class.forName("com.google.common.jimfs.FileSystemView");
      Class<?> path = Class.forName("com.google.common.jimfs.JimfsPath");
      view = accessible(stream.getDeclaredField("view"));
      createDirectory =
          accessible(viewClass.getDeclaredMethod("createDirectory", path, FileAttribute[].class));
      createSymbolicLink =
          accessible(
              viewClass.getDeclaredMethod("createSymbolicLink", path, path, FileAttribute[].class));
      copy =
          accessible(
              viewClass.getDeclaredMethod("copy", path, viewClass, path, Set.class, boolean.class));
      store = accessible(viewClass.getDeclaredField("store"));
      writeLock = accessible(store.getType().getDeclaredMethod("writeLock"));
      lookUp = accessible(viewClass.getDeclaredMethod("lookUp", path, Set.class));
      Class<?> entry = Class.forName("com.google.common.jimfs.DirectoryEntry");
      requireExists = accessible(entry.getDeclaredMethod("requireExists", Path.class));
      requireDoesNotExist = accessible(entry.getDeclaredMethod("requireDoesNotExist", Path.class));
      entryFile = accessible(entry.getDeclaredMethod("file"));
      entryDirectory = accessible(entry.getDeclaredMethod("directory"));
      Class<?> file = Class.forName("com.google.common.jimfs.File");
      isDirectory = accessible(file.getDeclaredMethod("isDirectory"));
      setLastModifiedTime = accessible(file.getDeclaredMethod("setLastModifiedTime", FileTime.class));
      Class<?> directoryClass = Class.forName("com.google.common.jimfs.Directory");
      Class<?> nameClass = Class.forName("com.google.common.jimfs.Name");
      directoryLink = accessible(directoryClass.getDeclaredMethod("link", nameClass, file));
      pathName = accessible(path.getDeclaredMethod("name"));
      workingDirectory = accessible(viewClass.getDeclaredField("workingDirectory"));
      lookUpWithLock = accessible(viewClass.getDeclaredMethod("lookUpWithLock", path, Set.class));
      isRegularFile = accessible(file.getDeclaredMethod("isRegularFile"));
      isSymbolicLink = accessible(file.getDeclaredMethod("isSymbolicLink"));
      symlinkTarget =
          accessible(Class.forName("com.google.common.jimfs.SymbolicLink").getDeclaredMethod("target"));
      size = accessible(file.getDeclaredMethod("size"));
      id = accessible(file.getDeclaredMethod("id"));
      links = accessible(file.getDeclaredMethod("links"));
      getLastAccessTime = accessible(file.getDeclaredMethod("getLastAccessTime"));
      getLastModifiedTime = accessible(file.getDeclaredMethod("getLastModifiedTime"));
      getCreationTime = accessible(file.getDeclaredMethod("getCreationTime"));
      entryInParent = accessible(directoryClass.getDeclaredMethod("entryInParent"));
      entryName = accessible(entry.getDeclaredMethod("name"));
      directoryGet = accessible(directoryClass.getDeclaredMethod("get", nameClass));
      readSymbolicLink = accessible(viewClass.getDeclaredMethod("readSymbolicLink", path));
      readAttributes =
          accessible(viewClass.getDeclaredMethod("readAttributes", path, String.class, Set.class));
      setAttribute =
          accessible(
              viewClass.getDeclaredMethod("setAttribute", path, String.class, Object.class, Set.class));
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
