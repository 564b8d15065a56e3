package dev.wasi4j.fs.memory;

import dev.wasi4j.spi.SecureDirectoryExtensions;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.Map;
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

  @Override
  public void createLink(
      SecureDirectoryStream<Path> directory,
      Path name,
      SecureDirectoryStream<Path> existingDirectory,
      Path existing)
      throws IOException {
    invoke(JIMFS.link, view(directory), name, view(existingDirectory), existing);
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

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> readUnixAttributes(SecureDirectoryStream<Path> directory, Path name)
      throws IOException {
    return (Map<String, Object>)
        invoke(JIMFS.readAttributes, view(directory), name, "unix:ino,dev,nlink,ctime", NO_FOLLOW);
  }

  private static Object view(SecureDirectoryStream<Path> directory) {
    try {
      return JIMFS.view.get(directory);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Method method, Object view, Object... args) throws IOException {
    try {
      return method.invoke(view, args);
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
    final Method link;
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
      link = accessible(viewClass.getDeclaredMethod("link", path, viewClass, path));
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
