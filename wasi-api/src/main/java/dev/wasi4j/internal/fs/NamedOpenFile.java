package dev.wasi4j.internal.fs;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;

/**
 * An {@link OpenFile} of a provider without {@link dev.wasi4j.spi.OpenFileExtensions} (Commons VFS,
 * for one): it reaches its file through the directory and name it was opened by, as long as that
 * name still leads to the same file (same inode). Once the file was renamed or removed there is no
 * way to it, and stat and set-times are refused as unsupported (ENOTSUP) rather than answered with
 * stale data.
 */
final class NamedOpenFile extends OpenFile {
  private final Dir parent;
  private final String name;
  private final FileStat opened;

  NamedOpenFile(SeekableByteChannel channel, Dir parent, String name, FileStat opened) {
    super(channel);
    this.parent = parent;
    this.name = name;
    this.opened = opened;
  }

  @Override
  public FileStat stat() throws IOException {
    return stillNamed();
  }

  @Override
  public void setTimes(TimeUpdate atime, TimeUpdate mtime) throws IOException {
    stillNamed();
    parent.setTimes(name, atime, mtime);
  }

  /** The open file's attributes through its name; unsupported once the name leads elsewhere. */
  private FileStat stillNamed() throws IOException {
    try {
      FileStat current = parent.stat(name);
      if (current.ino() == opened.ino() && current.dev() == opened.dev()) {
        return current;
      }
    } catch (NoSuchFileException e) {
      // renamed or unlinked since it was opened
    }
    throw new UnsupportedOperationException(
        "this file system cannot reach an open file once it was renamed or removed");
  }

  @Override
  public void close() throws IOException {
    try (Dir dir = parent) {
      super.close();
    }
  }
}
