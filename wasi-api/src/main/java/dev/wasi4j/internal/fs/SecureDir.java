package dev.wasi4j.internal.fs;

import dev.wasi4j.spi.InodeAttributes;
import dev.wasi4j.spi.SecureDirectoryExtensions;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@link Dir} held open as a {@link SecureDirectoryStream} (the JDK's on Unix, Jimfs's in memory):
 * open, stat, unlink, rmdir and rename are relative to the open directory ({@code openat},
 * {@code fstatat}, {@code unlinkat}, {@code renameat}), so renaming or replacing the directory's
 * ancestors cannot redirect them. The operations the stream API lacks go to the provider's
 * {@link SecureDirectoryExtensions}; for a provider without one they run on the directory's path,
 * which is checked before and after to still lead to this directory.
 */
final class SecureDir implements Dir {
  private final Volume volume;
  private final SecureDirectoryStream<Path> stream;
  /** Where this directory was reached; trusted only after {@link #checkStillAt}. */
  private final Path path;
  private final SecureDirectoryExtensions extensions;

  SecureDir(Volume volume, SecureDirectoryStream<Path> stream, Path path) {
    this.volume = volume;
    this.stream = stream;
    this.path = path;
    this.extensions = volume.extensions(stream);
  }

  private Path name(String name) {
    return volume.fileSystem().getPath(name);
  }

  @Override
  public Dir openDirectory(String name) throws IOException {
    SecureDirectoryStream<Path> child =
        stream.newDirectoryStream(name(name), LinkOption.NOFOLLOW_LINKS);
    return new SecureDir(volume, child, path.resolve(name));
  }

  @Override
  public OpenFile openFile(String name, Set<OpenOption> options) throws IOException {
    if (options.contains(StandardOpenOption.CREATE) || options.contains(StandardOpenOption.CREATE_NEW)) {
      checkNotRemoved();
    }
    return volume.openFile(stream.newByteChannel(name(name), Volume.noFollow(options)), this, name);
  }

  @Override
  public FileStat stat(String name) throws IOException {
    if (extensions != null) {
      InodeAttributes full = extensions.readAttributes(stream, name(name));
      if (full != null) {
        return volume.stat(full);
      }
    }
    if (extensions == UnixDirectoryExtensions.INSTANCE) {
      // The JDK's stream hands its UnixFileAttributes out as such only through the posix view (the
      // basic view wraps them), and NativeUnix reads the full stat from those: one fstatat in all.
      return NativeUnix.stat(view(name, PosixFileAttributeView.class).readAttributes());
    }
    if (volume.hasUnixView()) {
      return viaPath(name, volume::stat);
    }
    return volume.stat(view(name, BasicFileAttributeView.class).readAttributes(), path.resolve(name));
  }

  /** The attribute view of {@code name} itself, relative to the open directory. */
  private <V extends BasicFileAttributeView> V view(String name, Class<V> type) {
    return name.equals(".")
        ? stream.getFileAttributeView(type)
        : stream.getFileAttributeView(name(name), type, LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public String readSymlink(String name) throws IOException {
    Path target =
        extensions != null
            ? extensions.readSymbolicLink(stream, name(name))
            : viaPath(name, Files::readSymbolicLink);
    return target.toString();
  }

  @Override
  public void createDirectory(String name) throws IOException {
    checkNotRemoved();
    if (extensions != null) {
      extensions.createDirectory(stream, name(name));
    } else {
      viaPath(name, Files::createDirectory);
    }
  }

  @Override
  public void createSymlink(String name, String target) throws IOException {
    Path targetPath = volume.fileSystem().getPath(target);
    checkNotRemoved();
    if (extensions != null) {
      extensions.createSymbolicLink(stream, name(name), targetPath);
    } else {
      viaPath(name, p -> Files.createSymbolicLink(p, targetPath));
    }
  }

  @Override
  public void createLink(String name, Dir existingDir, String existingName) throws IOException {
    SecureDir existing = sameVolume(existingDir);
    checkNotRemoved();
    if (extensions != null) {
      extensions.createLink(stream, name(name), existing.stream, name(existingName));
    } else {
      viaPath(name, link -> existing.viaPath(existingName, target -> Files.createLink(link, target)));
    }
  }

  @Override
  public void deleteFile(String name) throws IOException {
    stream.deleteFile(name(name));
  }

  @Override
  public void deleteDirectory(String name) throws IOException {
    stream.deleteDirectory(name(name));
  }

  @Override
  public void rename(String name, Dir targetDir, String targetName) throws IOException {
    SecureDirectoryStream<Path> target = sameVolume(targetDir).stream;
    if (extensions != null) {
      extensions.rename(stream, name(name), target, name(targetName));
    } else {
      stream.move(name(name), target, name(targetName));
    }
  }

  @Override
  public void setTimes(String name, TimeUpdate atimeUpdate, TimeUpdate mtimeUpdate)
      throws IOException {
    FileTime atime = TimeUpdate.timeOf(atimeUpdate);
    FileTime mtime = TimeUpdate.timeOf(mtimeUpdate);
    if (extensions != null) {
      extensions.setTimes(stream, name(name), atime, mtime);
    } else {
      viaPath(
          name,
          p -> {
            Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(mtime, atime, null);
            return null;
          });
    }
  }

  /** Forces the directory to storage through a channel on {@code "."} where the provider allows. */
  @Override
  public void sync() throws IOException {
    try (SeekableByteChannel self = stream.newByteChannel(name("."), Set.of(StandardOpenOption.READ))) {
      if (self instanceof FileChannel) {
        ((FileChannel) self).force(true);
      }
    } catch (UnsupportedOperationException | FileSystemException e) {
      // The provider cannot open a directory as a channel: nothing can be forced through java.nio.
    }
  }

  @Override
  public List<String> list() throws IOException {
    List<String> names = new ArrayList<>();
    // A directory stream iterates once; a fresh one per listing starts from the first entry.
    try (DirectoryStream<Path> entries =
        stream.newDirectoryStream(name("."), LinkOption.NOFOLLOW_LINKS)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    }
    return names;
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }

  /** Nothing may be created in a directory removed while open (ENOENT). */
  private void checkNotRemoved() throws IOException {
    if (extensions != null && extensions.isRemoved(stream)) {
      throw new NoSuchFileException(path.toString(), null, "directory was removed");
    }
  }

  /** {@code other} as one of this volume's directories, or EXDEV. */
  private SecureDir sameVolume(Dir other) throws IOException {
    Dir target = CachedDir.unwrap(other);
    if (!(target instanceof SecureDir) || ((SecureDir) target).volume != volume) {
      throw new FileSystemException(path.toString(), other.toString(), "Invalid cross-device link");
    }
    return (SecureDir) target;
  }

  /** A path operation on entry {@code name} of this directory. */
  @FunctionalInterface
  interface PathOperation<T> {
    T apply(Path entry) throws IOException;
  }

  /**
   * Runs {@code operation} on this directory's path, after checking that the path still leads here
   * and again after, so that a swap during the operation is reported rather than trusted.
   */
  private <T> T viaPath(String name, PathOperation<T> operation) throws IOException {
    Object identity =
        stream.getFileAttributeView(BasicFileAttributeView.class).readAttributes().fileKey();
    checkStillAt(identity);
    T result = operation.apply(name.equals(".") ? path : path.resolve(name));
    checkStillAt(identity);
    return result;
  }

  private void checkStillAt(Object identity) throws IOException {
    if (identity == null) {
      return; // the provider cannot tell files apart; nothing to compare
    }
    Object current =
        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    if (!identity.equals(current)) {
      throw new NoSuchFileException(path.toString(), null, "directory moved while in use");
    }
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
