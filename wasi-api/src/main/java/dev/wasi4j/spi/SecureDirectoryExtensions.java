package dev.wasi4j.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.FileTime;

/**
 * The directory-relative operations that {@link SecureDirectoryStream} lacks, for the streams of one
 * file system provider: {@code mkdirat}, {@code symlinkat}, {@code linkat}, {@code readlinkat},
 * {@code utimensat} without following links, {@code fstatat} with inode numbers and link counts, and
 * {@code renameat} with its replacing semantics (the stream's {@code move} is only required to be
 * atomic, not to replace an existing target).
 *
 * <p>wasi4j's sandbox opens every directory as a secure directory stream and names entries relative
 * to it, so that a concurrent change to the directory's ancestors (say, a directory swapped for a
 * symlink to elsewhere) cannot redirect an operation. For the operations above it needs an
 * implementation from this interface; without one for a provider, it falls back to running them on
 * the directory's path, checked against the directory's identity before and after — which detects
 * such a swap but cannot undo a change made during it.
 *
 * <p>wasi4j includes the implementation for the JDK's Unix streams; {@code fs-memory} registers one
 * for Jimfs. Implementations are found with {@link java.util.ServiceLoader}.
 *
 * <p>{@code name} arguments are single-component relative paths of the stream's file system, or
 * {@code "."} for the directory itself.
 */
public interface SecureDirectoryExtensions {

  /** Whether this implementation handles {@code stream}. */
  boolean supports(SecureDirectoryStream<Path> stream);

  /**
   * Whether {@code directory} has been removed while open, so that nothing may be created in it
   * (POSIX answers ENOENT). The default, false, suits providers that refuse such creations
   * themselves, as the Linux kernel does.
   */
  default boolean isRemoved(SecureDirectoryStream<Path> directory) throws IOException {
    return false;
  }

  void createDirectory(SecureDirectoryStream<Path> directory, Path name) throws IOException;

  void createSymbolicLink(SecureDirectoryStream<Path> directory, Path name, Path target)
      throws IOException;

  /**
   * Creates {@code name} as a hard link to {@code existing} of {@code existingDirectory}, which is
   * not followed if it is a symlink (the link then names the symlink itself).
   */
  void createLink(
      SecureDirectoryStream<Path> directory,
      Path name,
      SecureDirectoryStream<Path> existingDirectory,
      Path existing)
      throws IOException;

  /**
   * Renames {@code name} to {@code targetName} of {@code targetDirectory} as {@code rename(2)} does:
   * atomically, replacing a file by a file or a directory by an empty directory.
   */
  void rename(
      SecureDirectoryStream<Path> directory,
      Path name,
      SecureDirectoryStream<Path> targetDirectory,
      Path targetName)
      throws IOException;

  Path readSymbolicLink(SecureDirectoryStream<Path> directory, Path name) throws IOException;

  /** Sets the times of {@code name} itself (a symlink's own); {@code null} leaves one unchanged. */
  void setTimes(
      SecureDirectoryStream<Path> directory, Path name, FileTime lastAccess, FileTime lastModified)
      throws IOException;

  /**
   * The attributes of {@code name} itself (a symlink's own), inode number, link count and change
   * time included, in one lookup; or {@code null} when the stream's own attribute views give them
   * (as the JDK's do).
   */
  default InodeAttributes readAttributes(SecureDirectoryStream<Path> directory, Path name)
      throws IOException {
    return null;
  }
}
