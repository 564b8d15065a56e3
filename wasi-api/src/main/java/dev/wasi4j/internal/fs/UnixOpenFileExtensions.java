package dev.wasi4j.internal.fs;

import dev.wasi4j.spi.OpenFileExtensions;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.Map;

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

  @Override
  public Map<String, Object> readAttributes(SeekableByteChannel channel) throws IOException {
    // Not "unix:*": that also resolves the owner and group names (getpwuid/getgrgid) on every call.
    return Files.readAttributes(
        self(channel),
        "unix:ino,dev,nlink,ctime,size,lastAccessTime,lastModifiedTime,isDirectory,isRegularFile,isSymbolicLink");
  }

  @Override
  public void setTimes(SeekableByteChannel channel, FileTime lastAccess, FileTime lastModified)
      throws IOException {
    Files.getFileAttributeView(self(channel), BasicFileAttributeView.class)
        .setTimes(lastModified, lastAccess, null);
  }
}
