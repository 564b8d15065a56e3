package dev.wasi4j.internal.fs;

import dev.wasi4j.spi.OpenFileExtensions;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import dev.wasi4j.spi.InodeAttributes;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * {@link OpenFileExtensions} for the JDK's file channels: {@code /proc/self/fd/<fd>} leads to the
 * open file itself, renamed or unlinked, so stat and set-times through it are {@code fstat} and
 * {@code futimens}.
 */
final class UnixOpenFileExtensions implements OpenFileExtensions {
  static final UnixOpenFileExtensions INSTANCE = new UnixOpenFileExtensions();

  private UnixOpenFileExtensions() {}

  @Override
  public boolean supports(SeekableByteChannel channel) {
    return NativeUnix.fileFd(channel) >= 0;
  }

  private static Path self(SeekableByteChannel channel) {
    return Paths.get("/proc/self/fd/" + NativeUnix.fileFd(channel));
  }

  /** {@code fstat}: the posix attributes of the path are the JDK's full {@code UnixFileAttributes}. */
  @Override
  public InodeAttributes readAttributes(SeekableByteChannel channel) throws IOException {
    PosixFileAttributes attrs = Files.readAttributes(self(channel), PosixFileAttributes.class);
    FileStat stat = NativeUnix.stat(attrs);
    if (stat == null) {
      throw new IllegalStateException("not the JDK's Unix attributes: " + attrs.getClass());
    }
    return new StatAttributes(attrs, stat);
  }

  /** Basic attributes with the inode fields of the same stat. */
  private record StatAttributes(BasicFileAttributes basic, FileStat stat)
      implements InodeAttributes {
    @Override
    public long inode() {
      return stat.ino();
    }

    @Override
    public long linkCount() {
      return stat.nlink();
    }

    @Override
    public FileTime changeTime() {
      return FileTime.from(stat.ctim(), TimeUnit.NANOSECONDS);
    }

    @Override
    public long device() {
      return stat.dev();
    }

    @Override
    public FileTime lastModifiedTime() {
      return basic.lastModifiedTime();
    }

    @Override
    public FileTime lastAccessTime() {
      return basic.lastAccessTime();
    }

    @Override
    public FileTime creationTime() {
      return basic.creationTime();
    }

    @Override
    public boolean isRegularFile() {
      return basic.isRegularFile();
    }

    @Override
    public boolean isDirectory() {
      return basic.isDirectory();
    }

    @Override
    public boolean isSymbolicLink() {
      return basic.isSymbolicLink();
    }

    @Override
    public boolean isOther() {
      return basic.isOther();
    }

    @Override
    public long size() {
      return basic.size();
    }

    @Override
    public Object fileKey() {
      return basic.fileKey();
    }
  }

  @Override
  public void setTimes(SeekableByteChannel channel, FileTime lastAccess, FileTime lastModified)
      throws IOException {
    Files.getFileAttributeView(self(channel), BasicFileAttributeView.class)
        .setTimes(lastModified, lastAccess, null);
  }
}
