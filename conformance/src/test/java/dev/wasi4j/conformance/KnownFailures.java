package dev.wasi4j.conformance;

import java.util.Map;
import java.util.Optional;

/**
 * The one list of tests of the own suite that are known to fail, each with why. They fail because
 * a backend's storage cannot do what the test demands, not because of a wasi4j bug. {@link
 * OwnSuiteTest} reports a listed test that fails as skipped (naming the reason and the failure),
 * and fails a listed test that passes, so that the list cannot outlive its reasons.
 */
final class KnownFailures {
  private static final String VFS_NO_LINKS =
      "Commons VFS has no symbolic or hard links: fs-vfs answers path_symlink/path_link with"
          + " NOTSUP (documented in VfsMounts)";
  private static final String VFS_MILLISECOND_TIMES =
      "Commons VFS stores modification times in milliseconds (FileContent#setLastModifiedTime):"
          + " a nanosecond mtim set by the guest is refused with ENOTSUP (\"now\" is stored to the"
          + " millisecond)";

  private static final String VFS_FILES_BY_PATH =
      "Commons VFS reaches an open file through its path (a FileObject), and fs-vfs has no"
          + " OpenFileExtensions: once the file is renamed, unlinked or replaced, its descriptor"
          + " answers fd_filestat_get and fd_filestat_set_times with ENOTSUP, and reads of a"
          + " replaced file fail, where a POSIX file descriptor keeps working";

  /** Reasons by {@code <backend> <suite id>/<test name>}. */
  private static final Map<String, String> REASONS =
      Map.ofEntries(
          Map.entry("vfs official-ports/nofollow_errors", VFS_NO_LINKS),
          Map.entry("vfs official-ports/path_exists", VFS_NO_LINKS),
          Map.entry("vfs official-ports/path_link", VFS_NO_LINKS),
          Map.entry("vfs official-ports/readlink", VFS_NO_LINKS),
          Map.entry("vfs official-ports/symlink_create", VFS_NO_LINKS),
          Map.entry("vfs official-ports/symlink_filestat", VFS_NO_LINKS),
          Map.entry("vfs official-ports/fd_filestat_set", VFS_MILLISECOND_TIMES),
          Map.entry("vfs official-ports/path_filestat", VFS_MILLISECOND_TIMES),
          Map.entry("vfs filesystem/fd_filestat_get", VFS_FILES_BY_PATH),
          Map.entry("vfs filesystem/fd_filestat_set_times", VFS_FILES_BY_PATH),
          Map.entry("vfs filesystem/path_rename", VFS_FILES_BY_PATH));

  private KnownFailures() {}

  /** Why {@code test} is expected to fail on {@code backend}, if it is. */
  static Optional<String> reason(TestCase test, Backend backend) {
    return Optional.ofNullable(REASONS.get(backend.id() + " " + test.id()));
  }
}
