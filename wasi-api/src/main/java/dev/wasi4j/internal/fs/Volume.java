package dev.wasi4j.internal.fs;

import dev.wasi4j.internal.abi.FileType;
import dev.wasi4j.spi.InodeAttributes;
import dev.wasi4j.spi.OpenFileExtensions;
import dev.wasi4j.spi.SecureDirectoryExtensions;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * One preopened tree: its root on some java.nio provider and what the sandbox needs to know about that
 * provider — whether it offers directory-relative operations ({@link SecureDirectoryStream}), whether
 * it reports Unix inode attributes, and the device and inode numbers to synthesize when it does not.
 */
public final class Volume {
  /** Device numbers for file systems without real ones; high enough to stay clear of real devices. */
  private static final AtomicLong SYNTHETIC_DEVICES = new AtomicLong(0x7761_7369_0000_0000L);

  /**
   * The numbers of a file system without its own: one device number, and inode numbers shared by
   * every volume on it, so that two preopens of one file system never give two files one identity.
   */
  private record SyntheticIds(long device, Inodes inodes) {}

  private static final Map<FileSystem, SyntheticIds> SYNTHETIC_IDS =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** Extensions registered by other modules, loaded once. */
  private static final List<SecureDirectoryExtensions> REGISTERED_DIRECTORY_EXTENSIONS =
      ServiceLoader.load(SecureDirectoryExtensions.class).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

  private static final List<OpenFileExtensions> REGISTERED_FILE_EXTENSIONS =
      ServiceLoader.load(OpenFileExtensions.class).stream().map(ServiceLoader.Provider::get).toList();

  /** What a filestat needs from the {@code unix} view, in one read. */
  private static final String UNIX_STAT =
      "unix:isSymbolicLink,isDirectory,isRegularFile,size,lastAccessTime,lastModifiedTime,ctime,"
          + "ino,dev,nlink";

  private final Path root;
  private final FileSystem fileSystem;
  private final boolean hostDisk;
  private final boolean unixView;
  private final long device;
  private final Inodes inodes;
  private Optional<SecureDirectoryExtensions> directoryExtensions;
  private Optional<OpenFileExtensions> fileExtensions;

  public Volume(Path root) {
    this.root = Objects.requireNonNull(root);
    this.fileSystem = root.getFileSystem();
    this.hostDisk = fileSystem == FileSystems.getDefault();
    this.unixView = fileSystem.supportedFileAttributeViews().contains("unix");
    SyntheticIds ids =
        SYNTHETIC_IDS.computeIfAbsent(
            fileSystem, fs -> new SyntheticIds(SYNTHETIC_DEVICES.getAndIncrement(), new Inodes()));
    this.device = ids.device();
    this.inodes = ids.inodes();
  }

  /** Opens the root directory as the capability every path of this volume starts from. */
  public Dir openRoot() throws IOException {
    Path real = root.toRealPath();
    if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new NotDirectoryException(root.toString());
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

  /** {@code options} plus {@link LinkOption#NOFOLLOW_LINKS}: a {@link Dir} never opens through a link. */
  static Set<OpenOption> noFollow(Set<OpenOption> options) {
    Set<OpenOption> noFollow = new HashSet<>(options);
    noFollow.add(LinkOption.NOFOLLOW_LINKS);
    return noFollow;
  }

  /**
   * The open file for {@code channel}, just opened as {@code name} in {@code dir}: a JDK file channel
   * and a provider with {@link OpenFileExtensions} reach the file itself, anything else reaches it
   * through its name. Closes the channel when that fails.
   */
  OpenFile openFile(SeekableByteChannel channel, Dir dir, String name) throws IOException {
    try {
      if (NativeUnix.fileFd(channel) >= 0) {
        return new HostOpenFile(channel);
      }
      OpenFileExtensions extensions = extensions(channel);
      if (extensions != null) {
        return new ExtendedOpenFile(channel, extensions, this);
      }
      FileStat opened = dir.stat(name);
      return new NamedOpenFile(channel, dir.openDirectory("."), name, opened);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The registered extensions that give {@code channel} fstat and futimens; decided once per volume. */
  private OpenFileExtensions extensions(SeekableByteChannel channel) {
    if (fileExtensions == null) {
      fileExtensions = Optional.ofNullable(first(REGISTERED_FILE_EXTENSIONS, e -> e.supports(channel)));
    }
    return fileExtensions.orElse(null);
  }

  private static <T> T first(List<T> candidates, Predicate<T> fits) {
    return candidates.stream().filter(fits).findFirst().orElse(null);
  }

  /**
   * The filestat of {@code entry} itself (a link is not followed), read through its path: from the
   * {@code unix} view in one read where the provider has it, else from the basic attributes.
   */
  FileStat stat(Path entry) throws IOException {
    if (!unixView) {
      return stat(Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), entry);
    }
    Map<String, Object> unix = Files.readAttributes(entry, UNIX_STAT, LinkOption.NOFOLLOW_LINKS);
    Object dev = unix.get("dev");
    return new FileStat(
        hostDisk && dev != null ? ((Number) dev).longValue() : device,
        ((Number) unix.get("ino")).longValue(),
        fileType(
            (Boolean) unix.get("isSymbolicLink"),
            (Boolean) unix.get("isDirectory"),
            (Boolean) unix.get("isRegularFile")),
        ((Number) unix.get("nlink")).longValue(),
        ((Number) unix.get("size")).longValue(),
        nanos((FileTime) unix.get("lastAccessTime")),
        nanos((FileTime) unix.get("lastModifiedTime")),
        nanos((FileTime) unix.get("ctime")));
  }

  /**
   * A WASI filestat from basic attributes alone, read without following links: the inode number is
   * synthesized from the file key, or else from {@code path}.
   */
  FileStat stat(BasicFileAttributes attrs, Path path) {
    long ino = inodes.of(attrs.fileKey() != null ? attrs.fileKey() : path.toString());
    long mtime = nanos(attrs.lastModifiedTime());
    return new FileStat(
        device, ino, fileType(attrs), 1, attrs.size(), nanos(attrs.lastAccessTime()), mtime, mtime);
  }

  /**
   * A WASI filestat from attributes that carry their inode number, link count and change time.
   * Only the host disk's device numbers are used; other providers' need not tell their file
   * systems apart, so each file system gets a synthetic one.
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
    return fileType(attrs.isSymbolicLink(), attrs.isDirectory(), attrs.isRegularFile());
  }

  private static byte fileType(boolean symbolicLink, boolean directory, boolean regularFile) {
    if (symbolicLink) {
      return FileType.SYMBOLIC_LINK;
    }
    if (directory) {
      return FileType.DIRECTORY;
    }
    if (regularFile) {
      return FileType.REGULAR_FILE;
    }
    return FileType.UNKNOWN;
  }

  private static long nanos(FileTime time) {
    return time == null ? 0 : time.to(TimeUnit.NANOSECONDS);
  }

  @Override
  public String toString() {
    return root.toUri().toString();
  }
}
