package dev.wasi4j.fs.vfs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.vfs2.Capability;
import org.apache.commons.vfs2.FileObject;
import org.apache.commons.vfs2.NameScope;
import org.apache.commons.vfs2.provider.UriParser;

/**
 * One mounted Commons VFS tree (one VFS root URI) as a {@code java.nio} file system.
 *
 * <p>Paths are POSIX-like ({@code /} separated, one root {@code /} that is the VFS root). The file
 * system owns what the mount opened in VFS (its file system manager) and releases it on {@link
 * #close()}. It also owns the mount's {@link InodeTable} and device number, which give its files
 * the {@code unix:ino} and {@code unix:dev} attributes VFS lacks.
 */
final class VfsFileSystem extends FileSystem {
  /**
   * Device numbers start high so that they do not collide with the small numbers host file systems
   * report when a guest sees disk and VFS mounts side by side.
   */
  private static final long FIRST_DEVICE = 0x7f5f_0000_0000L;

  private static final AtomicLong DEVICES = new AtomicLong(FIRST_DEVICE);

  /**
   * Characters that VFS would read as syntax in a name: escape, query, fragment, archive separator.
   * Escaping them keeps them part of the name.
   */
  private static final char[] RESERVED = {'%', '?', '#', '!'};

  private final VfsFileSystemProvider provider;
  private final String id;
  private final long dev;
  private final FileObject root;
  private final Closeable resources;
  private final boolean readOnly;
  private final boolean listable;
  private final Confinement confinement;
  private final String description;
  private final InodeTable inodes = new InodeTable();
  private final VfsFileStore store;
  private volatile boolean open = true;

  /**
   * @param root the VFS folder that becomes {@code /}
   * @param resources what to close with this file system (the VFS manager that resolved root)
   * @param readOnly whether every write must fail with {@link ReadOnlyFileSystemException}
   * @param description the root URI with any password masked, for messages
   */
  VfsFileSystem(
      VfsFileSystemProvider provider,
      FileObject root,
      Closeable resources,
      boolean readOnly,
      String description)
      throws IOException {
    this.provider = provider;
    this.dev = DEVICES.getAndIncrement();
    this.id = "fs" + Long.toHexString(dev - FIRST_DEVICE);
    this.root = root;
    this.resources = resources;
    this.readOnly = readOnly;
    this.listable = root.getFileSystem().hasCapability(Capability.LIST_CHILDREN);
    this.confinement = Confinement.of(root);
    this.description = description;
    this.store = new VfsFileStore(this, root);
  }

  /** The name of this file system in {@code vfs://<id>/...} URIs. */
  String id() {
    return id;
  }

  /** This mount's device number, distinct from every other mount's in this JVM. */
  long dev() {
    return dev;
  }

  InodeTable inodes() {
    return inodes;
  }

  /** The root URI, password masked. */
  String description() {
    return description;
  }

  /** Whether the VFS scheme behind this mount offers {@code capability}. */
  boolean has(Capability capability) {
    return root.getFileSystem().hasCapability(capability);
  }

  /** Whether directories can be listed (http and https cannot). */
  boolean isListable() {
    return listable;
  }

  VfsPath rootPath() {
    return VfsPath.root(this);
  }

  /** Resolves {@code path} (absolute or relative to the root) to its VFS file, fresh from VFS. */
  Node resolve(VfsPath path) throws IOException {
    ensureOpen();
    VfsPath normal = path.toAbsolutePath().normalize();
    List<String> names = normal.names();
    confinement.checkNames(normal);
    Node node =
        VfsErrors.translating(
            normal,
            () -> {
              if (names.isEmpty()) {
                // The root is held, not resolved; refreshing drops what VFS cached about it.
                root.refresh();
                return new Node(normal, root, !listable);
              }
              String relative =
                  names.stream()
                      .map(n -> UriParser.encode(n, RESERVED))
                      .collect(Collectors.joining("/"));
              return new Node(normal, root.resolveFile(relative, NameScope.DESCENDENT), false);
            });
    confinement.checkInside(node);
    return node;
  }

  /** Throws {@link ReadOnlyFileSystemException} if this mount cannot be written. */
  void checkWritable() {
    ensureOpen();
    if (readOnly) {
      throw new ReadOnlyFileSystemException();
    }
  }

  void ensureOpen() {
    if (!open) {
      throw new ClosedFileSystemException();
    }
  }

  @Override
  public VfsFileSystemProvider provider() {
    return provider;
  }

  @Override
  public void close() throws IOException {
    if (open) {
      open = false;
      provider.unregister(this);
      resources.close();
    }
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public boolean isReadOnly() {
    return readOnly;
  }

  @Override
  public String getSeparator() {
    return "/";
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    return List.of(rootPath());
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    return List.of(store);
  }

  VfsFileStore store() {
    return store;
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return VfsFileAttributeViews.NAMES;
  }

  @Override
  public VfsPath getPath(String first, String... more) {
    return VfsPath.parse(this, first, more);
  }

  /**
   * {@code regex:} patterns match the path string; {@code glob:} patterns use the JDK's glob
   * syntax, whose POSIX flavour ({@code /} separated) is what these paths are.
   */
  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    int colon = syntaxAndPattern.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("expected syntax:pattern, got " + syntaxAndPattern);
    }
    String syntax = syntaxAndPattern.substring(0, colon);
    String pattern = syntaxAndPattern.substring(colon + 1);
    if (syntax.equalsIgnoreCase("regex")) {
      Pattern regex = Pattern.compile(pattern);
      return path -> regex.matcher(path.toString()).matches();
    }
    if (syntax.equalsIgnoreCase("glob")) {
      PathMatcher glob = FileSystems.getDefault().getPathMatcher(syntaxAndPattern);
      return path -> glob.matches(Paths.get(path.toString()));
    }
    throw new UnsupportedOperationException("unknown path matcher syntax: " + syntax);
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    throw new UnsupportedOperationException("VFS files have no owners");
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException("VFS file systems have no watch service");
  }

  @Override
  public String toString() {
    return description;
  }
}
