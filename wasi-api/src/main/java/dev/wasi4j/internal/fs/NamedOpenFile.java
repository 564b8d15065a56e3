package dev.wasi4j.internal.fs;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.FileTime;

/**
 * An {@link OpenFile} of a provider without {@link dev.wasi4j.spi.OpenFileExtensions}: it reaches
 * its file through the directory and name it was opened by, as long as that name still leads to the
 * same file (same inode); after that it reports what it last knew, with the channel's size.
 */
final class NamedOpenFile extends OpenFile {
  private final Dir parent;
  private final String name;
  private FileStat known;

  NamedOpenFile(SeekableByteChannel channel, Dir parent, String name, FileStat opened) {
    super(channel);
    this.parent = parent;
    this.name = name;
    this.known = opened;
  }

  @Override
  public FileStat stat() throws IOException {
    if (stillNamed()) {
      return known;
    }
    return new FileStat(
        known.dev(), known.ino(), known.fileType(), known.nlink(), channel().size(), known.atim(),
        known.mtim(), known.ctim());
  }

  @Override
  public void setTimes(FileTime atime, FileTime mtime) throws IOException {
    if (!stillNamed()) {
      throw new NoSuchFileException(name, null, "renamed or removed since it was opened");
    }
    parent.setTimes(name, atime, mtime);
  }

  /** Whether the name still leads to the open file; refreshes what is known of it if so. */
  private boolean stillNamed() throws IOException {
    try {
      FileStat current = parent.stat(name);
      if (current.ino() == known.ino() && current.dev() == known.dev()) {
        known = current;
        return true;
      }
    } catch (NoSuchFileException e) {
      // renamed or unlinked since it was opened
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    try (Dir dir = parent) {
      super.close();
    }
  }
}
