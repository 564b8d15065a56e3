package dev.wasi4j.internal.fs;

import dev.wasi4j.spi.SecureDirectoryExtensions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;

/**
 * {@link SecureDirectoryExtensions} for the JDK's Unix streams: each operation runs on
 * {@code /proc/self/fd/<dfd>/<name>}, a path the kernel resolves from the open directory descriptor
 * itself, so it is as relative as {@code mkdirat(dfd, name)} and friends.
 */
final class UnixDirectoryExtensions implements SecureDirectoryExtensions {
  static final UnixDirectoryExtensions INSTANCE = new UnixDirectoryExtensions();

  private UnixDirectoryExtensions() {}

  @Override
  public boolean supports(SecureDirectoryStream<Path> stream) {
    return NativeUnix.directoryFd(stream) >= 0;
  }

  private static Path at(SecureDirectoryStream<Path> directory, Path name) {
    return Paths.get("/proc/self/fd/" + NativeUnix.directoryFd(directory), name.toString());
  }

  @Override
  public void createDirectory(SecureDirectoryStream<Path> directory, Path name) throws IOException {
    Files.createDirectory(at(directory, name));
  }

  @Override
  public void createSymbolicLink(SecureDirectoryStream<Path> directory, Path name, Path target)
      throws IOException {
    Files.createSymbolicLink(at(directory, name), target);
  }

  @Override
  public void createLink(
      SecureDirectoryStream<Path> directory,
      Path name,
      SecureDirectoryStream<Path> existingDirectory,
      Path existing)
      throws IOException {
    Files.createLink(at(directory, name), at(existingDirectory, existing));
  }

  /** The JDK's {@code move} on a secure directory stream is {@code renameat}. */
  @Override
  public void rename(
      SecureDirectoryStream<Path> directory,
      Path name,
      SecureDirectoryStream<Path> targetDirectory,
      Path targetName)
      throws IOException {
    directory.move(name, targetDirectory, targetName);
  }

  @Override
  public Path readSymbolicLink(SecureDirectoryStream<Path> directory, Path name) throws IOException {
    return Files.readSymbolicLink(at(directory, name));
  }

  @Override
  public void setTimes(
      SecureDirectoryStream<Path> directory, Path name, FileTime lastAccess, FileTime lastModified)
      throws IOException {
    Path entry = at(directory, name);
    if (SymlinkTimes.needed(lastAccess, lastModified)
        && Files.isSymbolicLink(entry)) {
      SymlinkTimes.set(NativeUnix.directoryFd(directory), name.toString(), lastAccess, lastModified);
      return;
    }
    Files.getFileAttributeView(entry, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
        .setTimes(lastModified, lastAccess, null);
  }

}
