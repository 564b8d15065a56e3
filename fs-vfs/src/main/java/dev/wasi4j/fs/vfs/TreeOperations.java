package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.vfs2.Capability;

/**
 * The operations that change a mount's tree: create a directory, delete, move and copy.
 *
 * <p>VFS is lenient where POSIX is strict (it creates missing parents, deletes a non-empty target
 * before a rename, ...), so each operation checks the POSIX preconditions first and throws the
 * matching {@code java.nio.file} exception. Moves within a mount are VFS renames, and the mount's
 * {@link InodeTable} follows them; they are never atomic in the {@code ATOMIC_MOVE} sense, since
 * VFS replaces a target by deleting it first. Moves and copies between two mounts stream the
 * content, as the JDK does between file stores.
 */
final class TreeOperations {
  private TreeOperations() {}

  static void createDirectory(VfsPath dir) throws IOException {
    VfsFileSystem fileSystem = dir.getFileSystem();
    fileSystem.checkWritable();
    Node node = fileSystem.resolve(dir);
    if (node.exists()) {
      throw new FileAlreadyExistsException(node.key());
    }
    node.parent().directory();
    VfsErrors.translating(
        node.key(),
        () -> {
          node.file().createFolder();
          return null;
        });
  }

  static void delete(VfsPath path) throws IOException {
    VfsFileSystem fileSystem = path.getFileSystem();
    fileSystem.checkWritable();
    Node node = fileSystem.resolve(path).existing();
    if (node.isRoot()) {
      // rmdir("/") fails with EBUSY on POSIX systems.
      throw new FileSystemException(node.key(), null, "Device or resource busy");
    }
    deleteExisting(node);
  }

  private static void deleteExisting(Node node) throws IOException {
    if (node.isDirectory() && !node.isEmptyDirectory()) {
      throw new DirectoryNotEmptyException(node.key());
    }
    VfsErrors.translating(node.key(), node.file()::delete);
    node.path().getFileSystem().inodes().forget(node.key());
  }

  static void move(VfsPath source, VfsPath target, CopyOption... options) throws IOException {
    Set<CopyOption> flags = flags(options);
    if (flags.contains(StandardCopyOption.ATOMIC_MOVE)) {
      throw new AtomicMoveNotSupportedException(
          source.toString(), target.toString(), "VFS renames are not atomic");
    }
    if (source.getFileSystem() != target.getFileSystem()) {
      Node from = source.getFileSystem().resolve(source).existing();
      if (from.isDirectory() && !from.isEmptyDirectory()) {
        // As between the JDK's file stores: only an empty directory moves by copy and delete.
        throw new DirectoryNotEmptyException(from.key());
      }
      copy(source, target, options);
      delete(source);
      return;
    }
    VfsFileSystem fileSystem = source.getFileSystem();
    fileSystem.checkWritable();
    Node from = fileSystem.resolve(source).existing();
    Node to = fileSystem.resolve(target);
    if (from.key().equals(to.key())) {
      return;
    }
    if (from.isRoot() || to.path().startsWith(from.path())) {
      throw new FileSystemException(from.key(), to.key(), "Invalid argument");
    }
    replaceTarget(to, flags);
    rename(from, to);
    fileSystem.inodes().moved(from.key(), to.key());
  }

  /**
   * Renames {@code from} to {@code to}, whose parent exists and which does not. VFS's ram scheme
   * renames a folder without its children (its rename copies only the folder's own entry), so there
   * a non-empty folder is moved entry by entry instead.
   */
  private static void rename(Node from, Node to) throws IOException {
    VfsFileSystem fileSystem = from.path().getFileSystem();
    boolean byEntries =
        from.isDirectory() && fileSystem.store().type().equals("ram") && !from.isEmptyDirectory();
    if (byEntries) {
      VfsErrors.translating(
          to.key(),
          () -> {
            to.file().createFolder();
            return null;
          });
      for (String name : from.childNames()) {
        rename(
            fileSystem.resolve(from.path().resolve(name)),
            fileSystem.resolve(to.path().resolve(name)));
      }
    }
    VfsErrors.translating(
        from.key(),
        () -> {
          if (byEntries) {
            from.file().delete();
          } else {
            from.file().moveTo(to.file());
          }
          return null;
        });
  }

  /**
   * Copies one file, or creates an empty directory for a directory, as {@code Files.copy} does.
   * {@code COPY_ATTRIBUTES} copies the modification time where the target's scheme can set it.
   */
  static void copy(VfsPath source, VfsPath target, CopyOption... options) throws IOException {
    Set<CopyOption> flags = flags(options);
    if (flags.contains(StandardCopyOption.ATOMIC_MOVE)) {
      throw new UnsupportedOperationException("ATOMIC_MOVE is not a copy option");
    }
    VfsFileSystem targetSystem = target.getFileSystem();
    targetSystem.checkWritable();
    Node from = source.getFileSystem().resolve(source).existing();
    Node to = targetSystem.resolve(target);
    if (source.getFileSystem() == targetSystem && from.key().equals(to.key())) {
      return;
    }
    replaceTarget(to, flags);
    boolean directory = from.isDirectory();
    VfsErrors.translating(
        to.key(),
        () -> {
          if (directory) {
            to.file().createFolder();
          } else {
            try (InputStream in = from.file().getContent().getInputStream();
                OutputStream out = to.file().getContent().getOutputStream()) {
              in.transferTo(out);
            }
          }
          return null;
        });
    if (flags.contains(StandardCopyOption.COPY_ATTRIBUTES)) {
      copyModificationTime(from, to, directory);
    }
  }

  private static void copyModificationTime(Node from, Node to, boolean directory)
      throws IOException {
    Capability needed =
        directory ? Capability.SET_LAST_MODIFIED_FOLDER : Capability.SET_LAST_MODIFIED_FILE;
    if (to.path().getFileSystem().has(needed)) {
      FileTime modified =
          new VfsBasicFileAttributeView(from.path()).readAttributes().lastModifiedTime();
      new VfsBasicFileAttributeView(to.path()).setTimes(modified, null, null);
    }
  }

  /**
   * Makes way for a move or copy to {@code to}: its parent must be a directory, and an existing
   * target is deleted if {@code REPLACE_EXISTING} allows and it is a file or an empty directory.
   */
  private static void replaceTarget(Node to, Set<CopyOption> flags) throws IOException {
    if (to.isRoot()) {
      throw new FileSystemException(to.key(), null, "Device or resource busy");
    }
    to.parent().directory();
    if (!to.exists()) {
      return;
    }
    if (!flags.contains(StandardCopyOption.REPLACE_EXISTING)) {
      throw new FileAlreadyExistsException(to.key());
    }
    deleteExisting(to);
  }

  private static Set<CopyOption> flags(CopyOption... options) {
    for (CopyOption option : options) {
      if (!(option instanceof StandardCopyOption) && option != LinkOption.NOFOLLOW_LINKS) {
        throw new UnsupportedOperationException("copy option " + option);
      }
    }
    return new HashSet<>(Arrays.asList(options));
  }
}
