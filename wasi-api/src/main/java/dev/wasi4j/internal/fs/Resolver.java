package dev.wasi4j.internal.fs;

import static dev.wasi4j.internal.abi.Errno.EINVAL;
import static dev.wasi4j.internal.abi.Errno.ELOOP;
import static dev.wasi4j.internal.abi.Errno.ENOENT;
import static dev.wasi4j.internal.abi.Errno.ENOTCAPABLE;
import static dev.wasi4j.internal.abi.Errno.ENOTDIR;

import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.abi.FileType;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The sandbox: the only way from a directory descriptor and a guest path to a file. It implements
 * the manual algorithm of WASI's {@code path-resolution.md}: the path is split into components that
 * are taken one at a time from a work list; each directory is opened relative to the previous one
 * without following links ({@link Dir}); {@code ".."} pops back to the previously opened directory,
 * and popping past the start directory is an escape; a symlink's target is read and its components
 * are pushed onto the work list, an absolute target being an escape. Every host operation therefore
 * names a single component of a directory that is already open, so neither guest paths, link targets
 * nor concurrent changes to the host tree can lead outside the start directory.
 *
 * <p>Errors: ENOTCAPABLE for an absolute path or any escape, ENOENT for a missing intermediate
 * directory or an empty path, ENOTDIR when an intermediate component is not a directory, ELOOP after
 * {@value #MAX_SYMLINKS} link expansions, EINVAL for a path containing NUL. What the final entry may
 * be (and what a trailing {@code '/'} then means) is up to each call.
 */
public final class Resolver {
  /** Linux's limit on symlink expansions in one path (MAXSYMLINKS). */
  static final int MAX_SYMLINKS = 40;

  /** Attempts at a component that the host keeps swapping between a directory and something else. */
  private static final int MAX_RETRIES = 16;

  /** What happens when the path's final component is a symlink. */
  public enum FinalLink {
    /** It is followed ({@code LOOKUPFLAGS_SYMLINK_FOLLOW}). */
    FOLLOW,
    /**
     * It is not followed, unless the path ends with {@code '/'} — which, as in a POSIX lookup, asks
     * for the directory the link leads to.
     */
    NO_FOLLOW,
    /**
     * It is never followed: the call acts on the directory entry itself (mkdir, rmdir, unlink,
     * rename, link and symlink names), and a trailing {@code '/'} only says it should be a directory.
     */
    ENTRY
  }

  private Resolver() {}

  /**
   * Resolves {@code path} relative to {@code start}.
   *
   * @param startParentIno the inode {@code ".."} of {@code start} reports (its own at a root)
   * @param finalLink what to do when the final component is a symlink
   * @param cache the subdirectories kept open for paths from {@code start}
   */
  public static Resolution resolve(
      Dir start, long startParentIno, String path, FinalLink finalLink, DirCache cache)
      throws IOException {
    if (path.isEmpty()) {
      throw ErrnoException.of(ENOENT);
    }
    if (path.indexOf('\0') >= 0) {
      throw ErrnoException.of(EINVAL);
    }
    if (path.charAt(0) == '/') {
      throw ErrnoException.of(ENOTCAPABLE);
    }
    Deque<String> work = new ArrayDeque<>();
    boolean trailingSlash = push(work, path);
    // Opened directories, innermost last; start (not ours to close) at the bottom.
    Deque<Dir> opened = new ArrayDeque<>();
    opened.push(start);
    int expansions = 0;
    int retries = 0;
    try {
      while (true) {
        String component = work.pollFirst();
        boolean last = work.isEmpty();
        if (component == null || component.equals(".")) {
          if (last) {
            return result(opened, start, ".", trailingSlash, startParentIno, null);
          }
          continue;
        }
        if (component.equals("..")) {
          if (opened.size() == 1) {
            throw ErrnoException.of(ENOTCAPABLE);
          }
          opened.pop().close();
          if (last) {
            return result(opened, start, ".", trailingSlash, startParentIno, null);
          }
          continue;
        }
        Dir current = opened.peek();
        boolean mustFollow =
            !last
                || finalLink == FinalLink.FOLLOW
                || (finalLink == FinalLink.NO_FOLLOW && trailingSlash);
        FileStat stat;
        try {
          stat = current.stat(component);
        } catch (NoSuchFileException e) {
          if (last) {
            return result(opened, start, component, trailingSlash, startParentIno, Resolution.MISSING);
          }
          throw ErrnoException.of(ENOENT);
        }
        if (stat.fileType() == FileType.SYMBOLIC_LINK && mustFollow) {
          if (++expansions > MAX_SYMLINKS) {
            throw ErrnoException.of(ELOOP);
          }
          String target = current.readSymlink(component);
          if (target.isEmpty()) {
            throw ErrnoException.of(ENOENT);
          }
          if (target.startsWith("/")) {
            throw ErrnoException.of(ENOTCAPABLE);
          }
          // The link's components replace it; when it was the final component, a trailing slash
          // on its target means the result must be a directory.
          boolean targetSlash = push(work, target);
          trailingSlash |= last && targetSlash;
          continue;
        }
        if (last) {
          return result(opened, start, component, trailingSlash, startParentIno, stat);
        }
        if (stat.fileType() != FileType.DIRECTORY) {
          throw ErrnoException.of(ENOTDIR);
        }
        try {
          opened.push(cache.open(current, component, stat));
        } catch (FileSystemException e) {
          // Replaced between the stat and the open: classify it again.
          if (++retries > MAX_RETRIES) {
            throw e;
          }
          work.addFirst(component);
        }
      }
    } catch (IOException | RuntimeException e) {
      closeAllButStart(opened, start);
      throw e;
    }
  }

  /** Pushes the components of {@code path} in front of the work list; returns whether it ended in '/'. */
  private static boolean push(Deque<String> work, String path) {
    // From the end, so that each component goes in front of those after it; empty ones ("a//b")
    // are skipped.
    int end = path.length();
    boolean trailingSlash = end > 0 && path.charAt(end - 1) == '/';
    while (end > 0) {
      int start = path.lastIndexOf('/', end - 1) + 1;
      if (start < end) {
        work.addFirst(path.substring(start, end));
      }
      end = start - 1;
    }
    return trailingSlash;
  }

  private static Resolution result(
      Deque<Dir> opened,
      Dir start,
      String name,
      boolean trailingSlash,
      long startParentIno,
      FileStat stat)
      throws IOException {
    Dir dir = opened.pop();
    boolean owned = dir != start;
    // Only a path naming a directory itself ("a/b/.", "a/..") needs the inode above that directory.
    long dirParentIno =
        !name.equals(".") || opened.isEmpty() ? startParentIno : opened.peek().stat(".").ino();
    closeAllButStart(opened, start);
    return new Resolution(dir, owned, name, trailingSlash, dirParentIno, stat);
  }

  private static void closeAllButStart(Deque<Dir> opened, Dir start) throws IOException {
    while (!opened.isEmpty()) {
      Dir dir = opened.pop();
      if (dir != start) {
        dir.close();
      }
    }
  }
}
