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
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import dev.wasi4j.spi.InodeAttributes;
import dev.wasi4j.spi.OpenFileExtensions;
import dev.wasi4j.spi.SecureDirectoryExtensions;
import java.nio.channels.SeekableByteChannel;
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
  private Optional<SecureDirectoryExtensions> directoryExtensions;
  private Optional<OpenFileExtensions> fileExtensions;

  /** Extensions registered by other modules, loaded once. */
  private static final List<SecureDirectoryExtensions> REGISTERED_DIRECTORY_EXTENSIONS =
      ServiceLoader.load(SecureDirectoryExtensions.class).stream().map(ServiceLoader.Provider::get).toList();

  private static final List<OpenFileExtensions> REGISTERED_FILE_EXTENSIONS =
      ServiceLoader.load(OpenFileExtensions.class).stream().map(ServiceLoader.Provider::get).toList();

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

  /**
   * The extensions that make {@code stream}'s missing operations directory-relative, if any. All
   * streams of a volume come from one provider, so the first one decides for the volume.
   */
  SecureDirectoryExtensions extensions(SecureDirectoryStream<Path> stream) {
    if (directoryExtensions == null) {
      directoryExtensions =
          Optional.ofNullable(
              UnixDirectoryExtensions.INSTANCE.supports(stream)
                  ? UnixDirectoryExtensions.INSTANCE
                  : first(REGISTERED_DIRECTORY_EXTENSIONS, e -> e.supports(stream)));
    }
    return directoryExtensions.orElse(null);
  }

  /**
   * A WASI filestat from attributes read without following links, plus the {@code unix} view's
   * {@code ino}, {@code dev}, {@code nlink} and {@code ctime} when the provider has them
   * ({@code unix} may be {@code null}). {@code path} identifies the file when the provider gives
   * neither inode numbers nor file keys.
   */
  FileStat stat(BasicFileAttributes attrs, Map<String, Object> unix, Path path) throws IOException {
    if (unix == null) {
      long ino = inodes.of(attrs.fileKey() != null ? attrs.fileKey() : path.toString());
      long mtime = nanos(attrs.lastModifiedTime());
      return new FileStat(
          device, ino, fileType(attrs), 1, attrs.size(), nanos(attrs.lastAccessTime()), mtime, mtime);
    }
    // Read separately from attrs: make sure both describe the same file.
    Object key = unix.get("fileKey");
    if (key != null && attrs.fileKey() != null && !attrs.fileKey().equals(key)) {
      throw new NoSuchFileException(path.toString(), null, "changed while being read");
    }
    Object dev = unix.get("dev");
    return new FileStat(
        hostDisk && dev != null ? ((Number) dev).longValue() : device,
        ((Number) unix.get("ino")).longValue(),
        fileType(attrs),
        ((Number) unix.get("nlink")).longValue(),
        attrs.size(),
        nanos(attrs.lastAccessTime()),
        nanos(attrs.lastModifiedTime()),
        nanos((FileTime) unix.get("ctime")));
  }

  /**
   * A WASI filestat from attributes that carry their inode number, link count and change time.
   * Only the host disk's device numbers are real; other providers share theirs between mounts, so
   * the volume numbers its own.
   */
  FileStat stat(InodeAttributes attrs) {
    return new FileStat(
        hostDisk && attrs.device() >= 0 ? attrs.device() : device,
        attrs.inode(),
        fileType(attrs),
        attrs.linkCount(),
        attrs.size(),
        nanos(attrs.lastAccessTime()),
        nanos(attrs.lastModifiedTime()),
        nanos(attrs.changeTime()));
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

  /** The extensions that give {@code channel} fstat and futimens, if any; decided once per volume. */
  OpenFileExtensions extensions(SeekableByteChannel channel) {
    if (fileExtensions == null) {
      fileExtensions =
          Optional.ofNullable(
              UnixOpenFileExtensions.INSTANCE.supports(channel)
                  ? UnixOpenFileExtensions.INSTANCE
                  : first(REGISTERED_FILE_EXTENSIONS, e -> e.supports(channel)));
    }
    return fileExtensions.orElse(null);
  }

  private static <T> T first(List<T> candidates, Predicate<T> fits) {
    return candidates.stream().filter(fits).findFirst().orElse(null);
  }

  static long nanos(FileTime time) {
    return time == null ? 0 : time.to(TimeUnit.NANOSECONDS);
  }

  @Override
  public String toString() {
    return root.toUri().toString();
  }
}
