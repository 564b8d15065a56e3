package dev.wasi4j.fs.vfs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Inode numbers for one mount, which VFS does not have: a number is handed out the first time a
 * path is seen and then follows the file, through renames of the file or of any directory above it,
 * until the file is deleted.
 *
 * <p>Keys are normalized absolute path strings ({@code /}, {@code /a/b}). Files changed behind the
 * mount's back (another SFTP client renaming a file) are not followed: their new path gets a new
 * number. Shared by every guest that uses the mount, so every method is synchronized.
 */
final class InodeTable {
  private final NavigableMap<String, Long> numbers = new TreeMap<>();
  private long next = 1;

  /** The number of the file at {@code path}, assigned now if the path is new. */
  synchronized long inodeOf(String path) {
    return numbers.computeIfAbsent(path, p -> next++);
  }

  /** The file at {@code from}, and everything below it, now lives at {@code to}. */
  synchronized void moved(String from, String to) {
    forget(to);
    Map<String, Long> subtree = new LinkedHashMap<>();
    Long self = numbers.remove(from);
    if (self != null) {
      subtree.put(to, self);
    }
    NavigableMap<String, Long> descendants = descendants(from);
    descendants.forEach((key, ino) -> subtree.put(to + key.substring(from.length()), ino));
    descendants.clear();
    numbers.putAll(subtree);
  }

  /**
   * The file at {@code path}, and everything below it, is gone; a new file there is a new inode.
   */
  synchronized void forget(String path) {
    numbers.remove(path);
    descendants(path).clear();
  }

  /** A live view of the keys below {@code path}. */
  private NavigableMap<String, Long> descendants(String path) {
    String prefix = path.endsWith("/") ? path : path + "/";
    // Every key in [prefix, prefix-with-'/'-replaced-by-'0') starts with prefix: '0' follows '/'.
    String end = prefix.substring(0, prefix.length() - 1) + '0';
    return numbers.subMap(prefix, true, end, false);
  }
}
