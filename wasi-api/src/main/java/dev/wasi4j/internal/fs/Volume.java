package dev.wasi4j.internal.fs;

import dev.wasi4j.internal.abi.FileType;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.ServiceLoader;
import dev.wasi4j.spi.SecureDirectoryExtensions;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One preopened tree: its root on some java.nio provider and what the sandbox needs to know about that
 * provider — whether it offers directory-relative operations ({@link SecureDirectoryStream}), whether
 * it reports Unix inode attributes, and the device and inode numbers to synthesize when it does not.
 */
public final class Volume {
  /** Device numbers for file systems without real ones; high enough to stay clear of real devices. */
  private static final AtomicLong SYNTHETIC_DEVICES = new AtomicLong(0x7761_7369_0000_0000L);

  private static final Map<FileSystem, Long> DEVICES =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private final Path root;
  private final FileSystem fileSystem;
  private final boolean hostDisk;
  private final boolean unixView;
  private final long device;
  private final Inodes inodes = new Inodes();

  public Volume(Path root) {
    this.root = Objects.requireNonNull(root);
    this.fileSystem = root.getFileSystem();
    this.hostDisk = fileSystem == FileSystems.getDefault();
    this.unixView = fileSystem.supportedFileAttributeViews().contains("unix");
    this.device = DEVICES.computeIfAbsent(fileSystem, fs -> SYNTHETIC_DEVICES.getAndIncrement());
  }

  /** Opens the root directory as the capability every path of this volume starts from. */
  public Dir openRoot() throws IOException {
    Path real = root.toRealPath();
    if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new java.nio.file.NotDirectoryException(root.toString());
    }
    DirectoryStream<Path> stream = Files.newDirectoryStream(real);
    if (stream instanceof SecureDirectoryStream) {
      return new SecureDir(this, (SecureDirectoryStream<Path>) stream, real);
    }
    stream.close();
    return new PathDir(this, real);
  }

  FileSystem fileSystem() {
    return fileSystem;
  }

  /** Whether the provider offers the {@code unix} attribute view (inode numbers, link counts). */
  boolean hasUnixView() {
    return unixView;
  }

  /** The extensions that make {@code stream}'s missing operations directory-relative, if any. */
  SecureDirectoryExtensions extensions(SecureDirectoryStream<Path> stream) {
    if (UnixDirectoryExtensions.INSTANCE.supports(stream)) {
      return UnixDirectoryExtensions.INSTANCE;
    }
    for (SecureDirectoryExtensions candidate : ServiceLoader.load(SecureDirectoryExtensions.class)) {
      if (candidate.supports(stream)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * A WASI filestat from attributes read without following links, plus the {@code unix} view's
   * {@code ino}, {@code dev}, {@code nlink} and {@code ctime} when the provider has them
   * ({@code unix} may be {@code null}). {@code path} identifies the file when the provider gives
   * neither inode numbers nor file keys.
   */
  FileStat stat(BasicFileAttributes attrs, Map<String, Object> unix, Path path) throws IOException {
    byte type = fileType(attrs);
    long ino;
    long dev = device;
    long nlink = 1;
    long ctime = nanos(attrs.lastModifiedTime());
    if (unix != null) {
      // Read separately from attrs: make sure both describe the same file.
      Object key = unix.get("fileKey");
      if (key != null && attrs.fileKey() != null && !attrs.fileKey().equals(key)) {
        throw new NoSuchFileException(path.toString(), null, "changed while being read");
      }
      ino = ((Number) unix.get("ino")).longValue();
      if (hostDisk) {
        dev = ((Number) unix.get("dev")).longValue();
      }
      nlink = ((Number) unix.get("nlink")).longValue();
      ctime = nanos((FileTime) unix.get("ctime"));
    } else {
      ino = inodes.of(attrs.fileKey() != null ? attrs.fileKey() : path.toString());
    }
    return new FileStat(
        dev,
        ino,
        type,
        nlink,
        attrs.size(),
        nanos(attrs.lastAccessTime()),
        nanos(attrs.lastModifiedTime()),
        ctime);
  }

  private static byte fileType(BasicFileAttributes attrs) {
    if (attrs.isSymbolicLink()) {
      return FileType.SYMBOLIC_LINK;
    }
    if (attrs.isDirectory()) {
      return FileType.DIRECTORY;
    }
    if (attrs.isRegularFile()) {
      return FileType.REGULAR_FILE;
    }
    return FileType.UNKNOWN;
  }

  static long nanos(FileTime time) {
    return time == null ? 0 : time.to(TimeUnit.NANOSECONDS);
  }

  @Override
  public String toString() {
    return root.toUri().toString();
  }
}
