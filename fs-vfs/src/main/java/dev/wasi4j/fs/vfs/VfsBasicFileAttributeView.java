package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import org.apache.commons.vfs2.Capability;

/**
 * The {@code basic} view of one path. Reading resolves the path afresh each time.
 *
 * <p>VFS keeps a single time per file, the last-modified one, in milliseconds; the access and
 * creation times read as that same time. {@link #setTimes} therefore sets the modification time
 * where the scheme can (local, ram; sftp for files only), and accepts an access or creation time
 * only when it is that same time (as {@code touch} sets them). What cannot be stored — a time finer
 * than a millisecond, a different access time — is refused with {@link
 * UnsupportedOperationException} rather than rounded or dropped.
 */
final class VfsBasicFileAttributeView implements BasicFileAttributeView {
  private final VfsPath path;

  VfsBasicFileAttributeView(VfsPath path) {
    this.path = path;
  }

  @Override
  public String name() {
    return "basic";
  }

  @Override
  public VfsFileAttributes readAttributes() throws IOException {
    return VfsFileAttributes.of(path.getFileSystem().resolve(path));
  }

  @Override
  public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime)
      throws IOException {
    if (lastModifiedTime != null
        && !lastModifiedTime.equals(FileTime.fromMillis(lastModifiedTime.toMillis()))) {
      throw new UnsupportedOperationException(
          "VFS keeps times in milliseconds: cannot give " + path + " the time " + lastModifiedTime);
    }
    long modified =
        lastModifiedTime != null ? lastModifiedTime.toMillis() : readAttributes().lastModifiedTime().toMillis();
    for (FileTime other : new FileTime[] {lastAccessTime, createTime}) {
      if (other != null && other.toMillis() != modified) {
        throw new UnsupportedOperationException(
            "VFS keeps one time per file: cannot give " + path + " an access or creation time"
                + " other than its modification time");
      }
    }
    if (lastModifiedTime == null) {
      return;
    }
    VfsFileSystem fileSystem = path.getFileSystem();
    fileSystem.checkWritable();
    Node node = fileSystem.resolve(path).existing();
    Capability needed =
        node.isDirectory()
            ? Capability.SET_LAST_MODIFIED_FOLDER
            : Capability.SET_LAST_MODIFIED_FILE;
    if (!fileSystem.has(needed)) {
      throw new UnsupportedOperationException(
          fileSystem.store().type() + " cannot set the modification time of " + path);
    }
    VfsErrors.translating(
        path,
        () -> {
          node.file().getContent().setLastModifiedTime(modified);
          return null;
        });
  }
}
