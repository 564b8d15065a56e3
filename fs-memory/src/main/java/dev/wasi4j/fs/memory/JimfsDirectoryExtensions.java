package dev.wasi4j.fs.memory;

import static dev.wasi4j.fs.memory.JimfsInternals.JIMFS;
import static dev.wasi4j.fs.memory.JimfsInternals.invoke;

import dev.wasi4j.spi.InodeAttributes;
import dev.wasi4j.spi.SecureDirectoryExtensions;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/**
 * {@link SecureDirectoryExtensions} for Jimfs: Jimfs's secure directory stream holds a view of the
 * file system whose working directory is the open directory itself (not its path), and that view
 * has {@code createDirectory}, {@code createSymbolicLink}, {@code readSymbolicLink}, lookups and
 * moves for relative paths, each under the file system's lock (see {@link JimfsInternals}).
 */
public final class JimfsDirectoryExtensions implements SecureDirectoryExtensions {
  private static final Set<LinkOption> NO_FOLLOW = Set.of(LinkOption.NOFOLLOW_LINKS);

  @Override
  public boolean supports(SecureDirectoryStream<Path> stream) {
    return JIMFS != null && JIMFS.secureStream.isInstance(stream);
  }

  @Override
  public void createDirectory(SecureDirectoryStream<Path> directory, Path name) throws IOException {
    invoke(JIMFS.createDirectory, JIMFS.view(directory), name, new FileAttribute<?>[0]);
  }

  @Override
  public void createSymbolicLink(SecureDirectoryStream<Path> directory, Path name, Path target)
      throws IOException {
    invoke(
        JIMFS.createSymbolicLink, JIMFS.view(directory), name, target, new FileAttribute<?>[0]);
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
    Object view = JIMFS.view(directory);
    Lock lock = JIMFS.writeLock(view);
    lock.lock();
    try {
      Object source = invoke(JIMFS.lookUp, JIMFS.view(existingDirectory), existing, NO_FOLLOW);
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
          JIMFS.view(directory),
          name,
          JIMFS.view(targetDirectory),
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
    Object self = JIMFS.workingDirectory(JIMFS.view(directory));
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
    return (Path) invoke(JIMFS.readSymbolicLink, JIMFS.view(directory), name);
  }

  @Override
  public void setTimes(
      SecureDirectoryStream<Path> directory, Path name, FileTime lastAccess, FileTime lastModified)
      throws IOException {
    JIMFS.setTimes(entry(directory, name), lastAccess, lastModified);
  }

  /** One lookup under Jimfs's lock, then the file's own fields (no attribute list to parse). */
  @Override
  public InodeAttributes readAttributes(SecureDirectoryStream<Path> directory, Path name)
      throws IOException {
    return JIMFS.attributes(entry(directory, name));
  }

  /** The file {@code name} of {@code directory} names, not following a symlink. */
  private static Object entry(SecureDirectoryStream<Path> directory, Path name)
      throws IOException {
    Object entry = invoke(JIMFS.lookUpWithLock, JIMFS.view(directory), name, NO_FOLLOW);
    invoke(JIMFS.requireExists, entry, name);
    return invoke(JIMFS.entryFile, entry);
  }
}
