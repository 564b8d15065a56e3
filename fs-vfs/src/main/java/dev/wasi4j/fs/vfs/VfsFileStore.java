package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileStoreAttributeView;
import org.apache.commons.vfs2.FileObject;

/**
 * The single store of a {@link VfsFileSystem}. Its name is the mount's root URI (password masked),
 * its type the VFS scheme. Space figures are those of the host store for {@code file:} mounts; VFS
 * cannot tell them for any other scheme, so they are 0 there.
 */
final class VfsFileStore extends FileStore {
  private final VfsFileSystem fileSystem;
  private final FileObject root;

  VfsFileStore(VfsFileSystem fileSystem, FileObject root) {
    this.fileSystem = fileSystem;
    this.root = root;
  }

  @Override
  public String name() {
    return fileSystem.description();
  }

  @Override
  public String type() {
    return root.getName().getScheme();
  }

  @Override
  public boolean isReadOnly() {
    return fileSystem.isReadOnly();
  }

  @Override
  public long getTotalSpace() throws IOException {
    FileStore host = hostStore();
    return host == null ? 0 : host.getTotalSpace();
  }

  @Override
  public long getUsableSpace() throws IOException {
    FileStore host = hostStore();
    return host == null ? 0 : host.getUsableSpace();
  }

  @Override
  public long getUnallocatedSpace() throws IOException {
    FileStore host = hostStore();
    return host == null ? 0 : host.getUnallocatedSpace();
  }

  /** The default file system's store under a {@code file:} mount, else null. */
  private FileStore hostStore() throws IOException {
    if (!type().equals("file")) {
      return null;
    }
    return Files.getFileStore(root.getPath());
  }

  @Override
  public boolean supportsFileAttributeView(Class<? extends FileAttributeView> type) {
    return type == BasicFileAttributeView.class;
  }

  @Override
  public boolean supportsFileAttributeView(String name) {
    return VfsFileAttributeViews.NAMES.contains(name);
  }

  @Override
  public <V extends FileStoreAttributeView> V getFileStoreAttributeView(Class<V> type) {
    return null;
  }

  @Override
  public Object getAttribute(String attribute) throws IOException {
    switch (attribute) {
      case "totalSpace":
        return getTotalSpace();
      case "usableSpace":
        return getUsableSpace();
      case "unallocatedSpace":
        return getUnallocatedSpace();
      default:
        throw new UnsupportedOperationException("file store attribute " + attribute);
    }
  }

  @Override
  public String toString() {
    return name() + " (" + type() + ")";
  }
}
