package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.vfs2.FileObject;
import org.apache.commons.vfs2.FileType;
import org.apache.commons.vfs2.provider.UriParser;

/**
 * One path of a mount resolved to its VFS file object, with the mount's view of the file's type.
 *
 * <p>The two can differ at the root: a mount whose VFS scheme cannot list children (http, https)
 * reports its root URL as a file, yet the mount shows it as the directory the guest's files hang
 * from. A node is a snapshot taken at resolution; resolve the path again to see later changes.
 */
final class Node {
  private final VfsPath path;
  private final FileObject file;
  private final boolean forcedDirectory;

  Node(VfsPath path, FileObject file, boolean forcedDirectory) {
    this.path = path;
    this.file = file;
    this.forcedDirectory = forcedDirectory;
  }

  /** The absolute, normalized path of this node. */
  VfsPath path() {
    return path;
  }

  /** The key of this node in its mount's {@link InodeTable}. */
  String key() {
    return path.toString();
  }

  boolean isRoot() {
    return path.names().isEmpty();
  }

  FileObject file() {
    return file;
  }

  FileType type() throws IOException {
    if (forcedDirectory) {
      return FileType.FOLDER;
    }
    return VfsErrors.translating(path, file::getType);
  }

  boolean exists() throws IOException {
    return type() != FileType.IMAGINARY;
  }

  boolean isDirectory() throws IOException {
    return type() == FileType.FOLDER;
  }

  boolean isRegularFile() throws IOException {
    return type() == FileType.FILE;
  }

  /** The type of this node, which must exist; VFS is asked once. */
  FileType existingType() throws IOException {
    FileType type = type();
    if (type == FileType.IMAGINARY) {
      throw new NoSuchFileException(path.toString());
    }
    return type;
  }

  /** This node, which must exist. */
  Node existing() throws IOException {
    existingType();
    return this;
  }

  /** The node of the directory holding this one; not for the root, which has no parent. */
  Node parent() throws IOException {
    return path.getFileSystem().resolve(path.getParent());
  }

  /** This node, which must be an existing directory. */
  Node directory() throws IOException {
    if (!existing().isDirectory()) {
      throw new NotDirectoryException(path.toString());
    }
    return this;
  }

  /** Whether this directory has no entries. */
  boolean isEmptyDirectory() throws IOException {
    return VfsErrors.translating(path, () -> file.getChildren().length == 0);
  }

  /** The names of this directory's entries. */
  List<String> childNames() throws IOException {
    return VfsErrors.translating(
        path,
        () -> {
          List<String> names = new ArrayList<>();
          for (FileObject child : file.getChildren()) {
            // VFS keeps '%' escaped in base names; decoding gives the name the file really has.
            names.add(UriParser.decode(child.getName().getBaseName()));
          }
          return names;
        });
  }
}
