package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import org.apache.commons.vfs2.Capability;

/**
 * The {@code basic} view of one path. Reading resolves the path afresh each time. Of the three
 * times only the last-modified one exists in VFS: {@link #setTimes} sets it where the scheme can
 * (local, ram; sftp for files only) and ignores the access and creation times, which VFS does not
 * store, so that a guest's {@code utimes(atime, mtime)} still succeeds.
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
    VfsFileSystem fileSystem = path.getFileSystem();
    return VfsFileAttributes.of(fileSystem, fileSystem.resolve(path));
  }

  @Override
  public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime)
      throws IOException {
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
          node.file().getContent().setLastModifiedTime(lastModifiedTime.toMillis());
          return null;
        });
  }
}
