package dev.wasi4j.internal.fs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * Where a guest path leads: the directory holding its final entry and that entry's name ({@code "."}
 * when the path names the directory itself). The entry itself may not exist yet — that is how paths
 * to be created resolve. Closing releases the directory unless it is the start directory the caller
 * passed in.
 */
public final class Resolution implements Closeable {
  private final Dir dir;
  private final boolean owned;
  private final String name;
  private final boolean trailingSlash;
  private final long dirParentIno;
  /** The entry as the resolver read it: {@link #MISSING}, or null when it was not read ("."). */
  private final FileStat stat;

  /** Marks an entry the resolver found missing. */
  static final FileStat MISSING = new FileStat(0, 0, (byte) 0, 0, 0, 0, 0, 0);

  Resolution(
      Dir dir, boolean owned, String name, boolean trailingSlash, long dirParentIno, FileStat stat) {
    this.stat = stat;
    this.dir = dir;
    this.owned = owned;
    this.name = name;
    this.trailingSlash = trailingSlash;
    this.dirParentIno = dirParentIno;
  }

  /** The directory holding the entry. */
  public Dir dir() {
    return dir;
  }

  /** The entry's name in {@link #dir()}; {@code "."} for the directory itself. */
  public String name() {
    return name;
  }

  /**
   * The entry's attributes (a final symlink's own when it was not followed) as read while
   * resolving, or null when it does not exist; read now when the resolver did not ({@code "."}).
   */
  public FileStat statOrNull() throws IOException {
    if (stat == MISSING) {
      return null;
    }
    if (stat != null) {
      return stat;
    }
    try {
      return dir.stat(name);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Whether the guest path ended with {@code '/'}: the entry must then be a directory. */
  public boolean trailingSlash() {
    return trailingSlash;
  }

  /**
   * The inode to report as {@code ".."} of the entry when it is a directory: {@link #dir()}'s own,
   * or, when the entry is {@code dir()} itself, its parent's (its own at the sandbox root).
   */
  public long entryParentIno() throws IOException {
    return name.equals(".") ? dirParentIno : dir.stat(".").ino();
  }

  @Override
  public void close() throws IOException {
    if (owned) {
      dir.close();
    }
  }
}
