package dev.wasi4j.fs.vfs;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.LinkOption;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.vfs2.FileObject;

/**
 * Apache Commons VFS as a {@code java.nio} file system provider, scheme {@code vfs}.
 *
 * <p>File systems are opened by {@link VfsMounts}, one per mounted VFS root URI, not by {@link
 * #newFileSystem(URI, Map)}. Each path's {@link Path#toUri() URI} is {@code vfs://<id>/<path>},
 * which {@link java.nio.file.Paths#get(URI)} turns back into the path while its file system is open
 * (the provider is registered as a service for that).
 *
 * <p>VFS trees have no links: {@code NOFOLLOW_LINKS} is accepted everywhere and changes nothing,
 * {@link #createSymbolicLink} and {@link #createLink} throw {@link UnsupportedOperationException},
 * and {@link #readSymbolicLink} throws {@link NotLinkException} for an existing file (as the JDK
 * does for any file that is not a link). Errors are always {@code java.nio.file} exceptions, never
 * VFS ones; see {@link VfsMounts} for what each scheme can and cannot do.
 *
 * <p>Besides {@code basic}, the provider offers the part of the JDK's {@code unix} attribute view
 * that wasi4j needs for WASI's filestat: {@code unix:ino}, {@code unix:dev}, {@code unix:nlink},
 * {@code unix:mode} and {@code unix:ctime}. Inode numbers are synthesized per mount, distinct per
 * file and kept across renames within the mount; the device number is distinct per mount.
 */
public final class VfsFileSystemProvider extends FileSystemProvider {
  /** The URI scheme of VFS paths. */
  public static final String SCHEME = "vfs";

  /** The instance {@link VfsMounts} opens file systems with. */
  static final VfsFileSystemProvider INSTANCE = new VfsFileSystemProvider();

  /**
   * Open file systems by id. Static, because {@link java.util.ServiceLoader} creates its own
   * instance of this class, which must find the file systems that {@link #INSTANCE} opened.
   */
  private static final Map<String, VfsFileSystem> OPEN = new ConcurrentHashMap<>();

  /** For {@link java.util.ServiceLoader}; use {@link VfsMounts} to open file systems. */
  public VfsFileSystemProvider() {}

  /** Opens a file system over {@code root}, which {@code resources} belong to. */
  VfsFileSystem register(FileObject root, Closeable resources, boolean readOnly, String description)
      throws IOException {
    VfsFileSystem fileSystem = new VfsFileSystem(this, root, resources, readOnly, description);
    OPEN.put(fileSystem.id(), fileSystem);
    return fileSystem;
  }

  void unregister(VfsFileSystem fileSystem) {
    OPEN.remove(fileSystem.id(), fileSystem);
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  /** Not supported: mount VFS trees with {@link VfsMounts}. */
  @Override
  public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
    throw new UnsupportedOperationException(
        "VFS file systems are opened with dev.wasi4j.fs.vfs.VfsMounts, not from " + uri);
  }

  @Override
  public FileSystem getFileSystem(URI uri) {
    checkScheme(uri);
    VfsFileSystem fileSystem = OPEN.get(String.valueOf(uri.getAuthority()));
    if (fileSystem == null) {
      throw new FileSystemNotFoundException("no open VFS file system for " + uri);
    }
    return fileSystem;
  }

  @Override
  public Path getPath(URI uri) {
    String path = uri.getPath();
    return getFileSystem(uri).getPath(path == null || path.isEmpty() ? "/" : path);
  }

  private static void checkScheme(URI uri) {
    if (!SCHEME.equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException("not a " + SCHEME + ": URI: " + uri);
    }
  }

  private static VfsPath vfsPath(Path path) {
    if (!(path instanceof VfsPath)) {
      throw new ProviderMismatchException("not a VFS path: " + path);
    }
    return (VfsPath) path;
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    return ChannelOpener.open(vfsPath(path), options, attrs);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    VfsPath directory = vfsPath(dir);
    VfsFileSystem fileSystem = directory.getFileSystem();
    Node node = fileSystem.resolve(directory).directory();
    if (!fileSystem.isListable()) {
      return new UnlistableDirectoryStream(
          fileSystem.store().type() + " cannot list directories: " + directory);
    }
    return new VfsDirectoryStream(directory, node.childNames(), filter);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    if (attrs.length > 0) {
      throw new UnsupportedOperationException("VFS directories take no attributes at creation");
    }
    TreeOperations.createDirectory(vfsPath(dir));
  }

  @Override
  public void delete(Path path) throws IOException {
    TreeOperations.delete(vfsPath(path));
  }

  @Override
  public void copy(Path source, Path target, CopyOption... options) throws IOException {
    TreeOperations.copy(vfsPath(source), vfsPath(target), options);
  }

  @Override
  public void move(Path source, Path target, CopyOption... options) throws IOException {
    TreeOperations.move(vfsPath(source), vfsPath(target), options);
  }

  @Override
  public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) {
    throw new UnsupportedOperationException("VFS trees have no symbolic links");
  }

  @Override
  public void createLink(Path link, Path existing) {
    throw new UnsupportedOperationException("VFS trees have no hard links");
  }

  @Override
  public Path readSymbolicLink(Path link) throws IOException {
    VfsPath path = vfsPath(link);
    path.getFileSystem().resolve(path).existing();
    throw new NotLinkException(path.toString());
  }

  @Override
  public boolean isSameFile(Path path, Path path2) throws IOException {
    if (path.equals(path2)) {
      return true;
    }
    if (!(path2 instanceof VfsPath) || path.getFileSystem() != path2.getFileSystem()) {
      return false;
    }
    // No links, so two paths name the same file exactly when they normalize alike.
    return vfsPath(path)
        .toAbsolutePath()
        .normalize()
        .equals(vfsPath(path2).toAbsolutePath().normalize());
  }

  @Override
  public boolean isHidden(Path path) throws IOException {
    VfsPath vfsPath = vfsPath(path);
    Node node = vfsPath.getFileSystem().resolve(vfsPath).existing();
    return VfsErrors.translating(vfsPath, node.file()::isHidden);
  }

  @Override
  public FileStore getFileStore(Path path) throws IOException {
    VfsPath vfsPath = vfsPath(path);
    vfsPath.getFileSystem().resolve(vfsPath).existing();
    return vfsPath.getFileSystem().store();
  }

  /**
   * Checks existence, then each mode against {@link Access}: {@code WRITE} is denied on a read-only
   * mount even where the underlying file is writable.
   */
  @Override
  public void checkAccess(Path path, AccessMode... modes) throws IOException {
    VfsPath vfsPath = vfsPath(path);
    VfsFileSystem fileSystem = vfsPath.getFileSystem();
    Node node = fileSystem.resolve(vfsPath).existing();
    if (modes.length == 0) {
      return;
    }
    Access access = Access.of(node);
    for (AccessMode mode : modes) {
      boolean allowed =
          mode == AccessMode.READ
              ? access.readable()
              : mode == AccessMode.WRITE ? access.writable() : access.executable();
      if (!allowed) {
        throw new AccessDeniedException(vfsPath.toString(), null, mode + " not allowed");
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V extends FileAttributeView> V getFileAttributeView(
      Path path, Class<V> type, LinkOption... options) {
    if (type == BasicFileAttributeView.class) {
      return (V) new VfsBasicFileAttributeView(vfsPath(path));
    }
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A extends BasicFileAttributes> A readAttributes(
      Path path, Class<A> type, LinkOption... options) throws IOException {
    if (type != BasicFileAttributes.class) {
      throw new UnsupportedOperationException("VFS files have only basic attributes, not " + type);
    }
    return (A) new VfsBasicFileAttributeView(vfsPath(path)).readAttributes();
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return VfsFileAttributeViews.read(vfsPath(path), attributes);
  }

  @Override
  public void setAttribute(Path path, String attribute, Object value, LinkOption... options)
      throws IOException {
    VfsFileAttributeViews.set(vfsPath(path), attribute, value);
  }
}
