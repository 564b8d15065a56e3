package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.apache.commons.vfs2.Capability;
import org.apache.commons.vfs2.FileType;

/**
 * The basic attributes of one VFS file, read all at once from VFS.
 *
 * <p>VFS keeps one time per file, the last-modified time; it also stands for the access and
 * creation times. Types map as: VFS folder is a directory, VFS file is a regular file, and VFS's
 * file-or-folder hybrid is "other". The {@link #fileKey()} is the mount's device number with the
 * file's synthesized inode number, as {@code unix:dev} and {@code unix:ino} report them.
 */
final class VfsFileAttributes implements BasicFileAttributes {
  private final FileType type;
  private final long size;
  private final FileTime lastModified;
  private final VfsFileKey key;

  private VfsFileAttributes(FileType type, long size, FileTime lastModified, VfsFileKey key) {
    this.type = type;
    this.size = size;
    this.lastModified = lastModified;
    this.key = key;
  }

  /** The attributes of {@code node}, which must exist. */
  static VfsFileAttributes of(Node node) throws IOException {
    VfsFileSystem fileSystem = node.path().getFileSystem();
    FileType type = node.existingType();
    long size =
        type == FileType.FILE
            ? VfsErrors.translating(node.path(), () -> node.file().getContent().getSize())
            : 0;
    long ino = fileSystem.inodes().inodeOf(node.key());
    return new VfsFileAttributes(
        type, size, lastModified(fileSystem, node), new VfsFileKey(fileSystem.dev(), ino));
  }

  /**
   * The VFS last-modified time, or the epoch where the scheme or the entry has none (a folder only
   * implied by an archive's entries, an HTTP resource sent without a Last-Modified header).
   */
  private static FileTime lastModified(VfsFileSystem fileSystem, Node node) {
    if (!fileSystem.has(Capability.GET_LAST_MODIFIED)) {
      return FileTime.fromMillis(0);
    }
    try {
      return FileTime.fromMillis(node.file().getContent().getLastModifiedTime());
    } catch (org.apache.commons.vfs2.FileSystemException e) {
      return FileTime.fromMillis(0);
    }
  }

  @Override
  public FileTime lastModifiedTime() {
    return lastModified;
  }

  @Override
  public FileTime lastAccessTime() {
    return lastModified;
  }

  @Override
  public FileTime creationTime() {
    return lastModified;
  }

  @Override
  public boolean isRegularFile() {
    return type == FileType.FILE;
  }

  @Override
  public boolean isDirectory() {
    return type == FileType.FOLDER;
  }

  @Override
  public boolean isSymbolicLink() {
    return false;
  }

  @Override
  public boolean isOther() {
    return type == FileType.FILE_OR_FOLDER;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public VfsFileKey fileKey() {
    return key;
  }

  /** Hard links: VFS has none, so 1, and 2 for a directory as POSIX counts its "." entry. */
  int linkCount() {
    return isDirectory() ? 2 : 1;
  }
}
