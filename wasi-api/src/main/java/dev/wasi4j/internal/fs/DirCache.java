package dev.wasi4j.internal.fs;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The subdirectories that paths from one directory descriptor went through, kept open for the next
 * path through them: it saves opening and closing each directory of a path on every call.
 *
 * <p>A cached handle is only reused when the entry it was opened from names the very directory the
 * handle holds open — the same device and inode, compared with the stat the resolver makes of each
 * component anyway — so reusing it is the same as opening it again now. Handles are counted while
 * a resolution uses them, and an evicted handle is closed when its last user is done.
 */
public final class DirCache implements Closeable {
  /** Directories kept open per descriptor (two file descriptors each on the host disk). */
  static final int CAPACITY = 32;

  private record Key(Dir parent, String name) {}

  private final Map<Key, CachedDir> entries = new LinkedHashMap<>(16, 0.75f, true);

  /**
   * A handle on the directory {@code name} of {@code parent}, which the caller found to be
   * {@code stat}; the caller closes it when done.
   */
  Dir open(Dir parent, String name, FileStat stat) throws IOException {
    Key key = new Key(parent, name);
    CachedDir cached = entries.get(key);
    if (cached != null) {
      if (cached.dev() == stat.dev() && cached.ino() == stat.ino()) {
        return cached.lease();
      }
      entries.remove(key).retire();
    }
    Dir opened = parent.openDirectory(name);
    FileStat actual;
    try {
      // Record what was really opened: the entry may have been swapped since the caller's stat.
      actual = opened.stat(".");
    } catch (IOException | RuntimeException e) {
      opened.close();
      throw e;
    }
    CachedDir fresh = new CachedDir(opened, actual.dev(), actual.ino());
    entries.put(key, fresh);
    evictBeyondCapacity();
    return fresh.lease();
  }

  private void evictBeyondCapacity() throws IOException {
    Iterator<CachedDir> eldest = entries.values().iterator();
    while (entries.size() > CAPACITY) {
      CachedDir dir = eldest.next();
      eldest.remove();
      dir.retire();
    }
  }

  /** Closes every handle; called when the descriptor closes, after every call using it ended. */
  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (CachedDir dir : entries.values()) {
      try {
        dir.retire();
      } catch (IOException e) {
        failure = e;
      }
    }
    entries.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
