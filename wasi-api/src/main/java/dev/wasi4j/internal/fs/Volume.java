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

  /** Converts attributes read without following links to a WASI filestat. */
  FileStat stat(BasicFileAttributes attrs, Path path) throws IOException {
    FileStat exact = NativeUnix.stat(attrs);
    if (exact != null) {
      return exact;
    }
    byte type = fileType(attrs);
    long ino;
    long dev = device;
    long nlink = 1;
    long ctime = nanos(attrs.lastModifiedTime());
    if (unixView && path != null) {
      Map<String, Object> unix =
          Files.readAttributes(path, "unix:fileKey,ino,dev,nlink,ctime", LinkOption.NOFOLLOW_LINKS);
      // The path was read separately from attrs: make sure it still names the same file.
      if (attrs.fileKey() != null && !attrs.fileKey().equals(unix.get("fileKey"))) {
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
