package dev.wasi4j.internal.fs;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * A host-disk file open as a JDK file channel: {@code /proc/self/fd/<fd>} leads to the open file
 * itself, renamed or unlinked, so stat and set-times through it are {@code fstat} and
 * {@code futimens}.
 */
final class HostOpenFile extends OpenFile {
  HostOpenFile(SeekableByteChannel channel) {
    super(channel);
  }

  private Path self() {
    return Paths.get("/proc/self/fd/" + NativeUnix.fileFd(channel()));
  }

  /** One {@code fstat}: the posix attributes of the path are the JDK's full Unix attributes. */
  @Override
  public FileStat stat() throws IOException {
    return NativeUnix.stat(Files.readAttributes(self(), PosixFileAttributes.class));
  }

  @Override
  public void setTimes(TimeUpdate atime, TimeUpdate mtime) throws IOException {
    Files.getFileAttributeView(self(), BasicFileAttributeView.class)
        .setTimes(TimeUpdate.timeOf(mtime), TimeUpdate.timeOf(atime), null);
  }
}
