package dev.wasi4j.internal.fs;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link Dir} held open as a {@link SecureDirectoryStream} (the JDK's on Unix, Jimfs's in memory):
 * opening, stat, unlink, rmdir and rename are relative to the open directory ({@code openat},
 * {@code fstatat}, {@code unlinkat}, {@code renameat}), so renaming or replacing the directory's
 * ancestors cannot redirect them.
 *
 * <p>The stream API has no {@code mkdirat}, {@code symlinkat}, {@code linkat}, {@code readlinkat} or
 * {@code utimensat}. On the host disk those run through {@code /proc/self/fd/N/name}, which the kernel
 * resolves from the open directory just the same. Where the descriptor is out of reach (see
 * {@link NativeUnix}) they run on the directory's path, checked before and after to still be this
 * directory.
 */
final class SecureDir implements Dir {
  private final Volume volume;
  private final SecureDirectoryStream<Path> stream;
  /** Where this directory was reached; trusted only after {@link #checkStillAt}. */
  private final Path path;
  private final int fd;

  SecureDir(Volume volume, SecureDirectoryStream<Path> stream, Path path) {
    this.volume = volume;
    this.stream = stream;
    this.path = path;
    this.fd = NativeUnix.directoryFd(stream);
  }

  private Path name(String name) {
    return volume.fileSystem().getPath(name);
  }

  @Override
  public Dir openDirectory(String name) throws IOException {
    SecureDirectoryStream<Path> child = stream.newDirectoryStream(name(name), LinkOption.NOFOLLOW_LINKS);
    return new SecureDir(volume, child, path.resolve(name));
  }

  @Override
  public SeekableByteChannel openFile(String name, Set<OpenOption> options) throws IOException {
    Set<OpenOption> noFollow = new HashSet<>(options);
    noFollow.add(LinkOption.NOFOLLOW_LINKS);
    return stream.newByteChannel(name(name), noFollow);
  }

  @Override
  public FileStat stat(String name) throws IOException {
    BasicFileAttributeView view =
        name.equals(".")
            ? stream.getFileAttributeView(BasicFileAttributeView.class)
            : stream.getFileAttributeView(
                name(name), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    BasicFileAttributes attrs = view.readAttributes();
    FileStat exact = NativeUnix.stat(attrs);
    return exact != null ? exact : relative(name, p -> volume.stat(attrs, p));
  }

  @Override
  public String readSymlink(String name) throws IOException {
    return relative(name, p -> Files.readSymbolicLink(p).toString());
  }

  @Override
  public void createDirectory(String name) throws IOException {
    relative(name, Files::createDirectory);
  }

  @Override
  public void createSymlink(String name, String target) throws IOException {
    relative(name, p -> Files.createSymbolicLink(p, volume.fileSystem().getPath(target)));
  }

  @Override
  public void createLink(String name, Dir existingDir, String existingName) throws IOException {
    SecureDir existing = sameVolume(existingDir);
    relative(name, link -> existing.relative(existingName, target -> Files.createLink(link, target)));
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
    stream.move(name(name), sameVolume(targetDir).stream, name(targetName));
  }

  @Override
  public void setTimes(String name, FileTime atime, FileTime mtime) throws IOException {
    relative(
        name,
        p -> {
          Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
              .setTimes(mtime, atime, null);
          return null;
        });
  }

  @Override
  public void sync() throws IOException {
    // Directory fsync is not reachable through java.nio; entries are durable once their files are.
  }

  @Override
  public List<String> list() throws IOException {
    List<String> names = new ArrayList<>();
    // A directory stream iterates once; a fresh one per listing starts from the first entry.
    try (DirectoryStream<Path> entries = stream.newDirectoryStream(name("."), LinkOption.NOFOLLOW_LINKS)) {
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

  private SecureDir sameVolume(Dir other) throws IOException {
    if (!(other instanceof SecureDir) || ((SecureDir) other).volume != volume) {
      throw new FileSystemException(path.toString(), other.toString(), "Invalid cross-device link");
    }
    return (SecureDir) other;
  }

  /** A path operation on entry {@code name} of this directory. */
  @FunctionalInterface
  interface PathOperation<T> {
    T apply(Path entry) throws IOException;
  }

  /**
   * Runs {@code operation} on the entry {@code name} of this very directory: through the open
   * descriptor where reachable, else on this directory's path after checking that the path still
   * leads here (and again after, so a swap during the operation is reported rather than trusted).
   */
  <T> T relative(String name, PathOperation<T> operation) throws IOException {
    if (fd >= 0) {
      return operation.apply(Paths.get("/proc/self/fd/" + fd, name));
    }
    Object identity = stream.getFileAttributeView(BasicFileAttributeView.class).readAttributes().fileKey();
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
