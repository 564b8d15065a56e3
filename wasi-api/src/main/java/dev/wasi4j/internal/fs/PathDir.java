package dev.wasi4j.internal.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@link Dir} for providers without directory-relative operations (Commons VFS trees, for one):
 * every operation runs on {@code directory/name}, where the directory's path was reached by the
 * {@link Resolver} one checked component at a time and no operation follows a link.
 */
final class PathDir implements Dir {
  private final Volume volume;
  private final Path path;

  PathDir(Volume volume, Path path) {
    this.volume = volume;
    this.path = path;
  }

  private Path entry(String name) {
    return name.equals(".") ? path : path.resolve(name);
  }

  @Override
  public Dir openDirectory(String name) throws IOException {
    if (name.equals(".")) {
      return this; // nothing to hold open: the same path, already known to be a directory
    }
    Path child = entry(name);
    BasicFileAttributes attrs =
        Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attrs.isSymbolicLink()) {
      throw new FileSystemLoopException(child.toString());
    }
    if (!attrs.isDirectory()) {
      throw new NotDirectoryException(child.toString());
    }
    return new PathDir(volume, child);
  }

  @Override
  public OpenFile openFile(String name, Set<OpenOption> options) throws IOException {
    return volume.openFile(Files.newByteChannel(entry(name), Volume.noFollow(options)), this, name);
  }

  @Override
  public FileStat stat(String name) throws IOException {
    return volume.stat(entry(name));
  }

  @Override
  public String readSymlink(String name) throws IOException {
    return Files.readSymbolicLink(entry(name)).toString();
  }

  @Override
  public void createDirectory(String name) throws IOException {
    Files.createDirectory(entry(name));
  }

  @Override
  public void createSymlink(String name, String target) throws IOException {
    Files.createSymbolicLink(entry(name), volume.fileSystem().getPath(target));
  }

  @Override
  public void createLink(String name, Dir existingDir, String existingName) throws IOException {
    Files.createLink(entry(name), sameVolume(existingDir).entry(existingName));
  }

  @Override
  public void deleteFile(String name) throws IOException {
    Path entry = entry(name);
    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(entry.toString(), null, "Is a directory");
    }
    Files.delete(entry);
  }

  @Override
  public void deleteDirectory(String name) throws IOException {
    Path entry = entry(name);
    if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
      throw new NotDirectoryException(entry.toString());
    }
    Files.delete(entry);
  }

  @Override
  public void rename(String name, Dir targetDir, String targetName) throws IOException {
    // PathCalls has already applied rename(2)'s rules on what may replace what.
    Files.move(
        entry(name), sameVolume(targetDir).entry(targetName), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Providers without directory-relative operations (Commons VFS) may keep times in milliseconds:
   * "now" is given to them at that precision, so that it is stored rather than refused.
   */
  @Override
  public void setTimes(String name, TimeUpdate atime, TimeUpdate mtime) throws IOException {
    Files.getFileAttributeView(entry(name), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
        .setTimes(
            mtime == null ? null : mtime.inMilliseconds(),
            atime == null ? null : atime.inMilliseconds(),
            null);
  }

  @Override
  public void sync() {
    // Nothing to force through java.nio for a directory.
  }

  @Override
  public List<String> list() throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    }
    return names;
  }

  @Override
  public void close() {}

  /** {@code other} as one of this volume's directories, or EXDEV. */
  private PathDir sameVolume(Dir other) throws IOException {
    Dir target = CachedDir.unwrap(other);
    if (!(target instanceof PathDir) || ((PathDir) target).volume != volume) {
      throw new FileSystemException(path.toString(), other.toString(), "Invalid cross-device link");
    }
    return (PathDir) target;
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
