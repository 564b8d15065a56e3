package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.EEXIST;
import static dev.wasi4j.internal.abi.Errno.EINVAL;
import static dev.wasi4j.internal.abi.Errno.EISDIR;
import static dev.wasi4j.internal.abi.Errno.ELOOP;
import static dev.wasi4j.internal.abi.Errno.ENOENT;
import static dev.wasi4j.internal.abi.Errno.ENOTCAPABLE;
import static dev.wasi4j.internal.abi.Errno.ENOTDIR;
import static dev.wasi4j.internal.abi.Errno.EPERM;
import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static dev.wasi4j.internal.memory.GuestMemory.u32;
import static dev.wasi4j.internal.syscall.SyscallTable.I32;
import static dev.wasi4j.internal.syscall.SyscallTable.I64;

import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.abi.FileType;
import dev.wasi4j.internal.abi.Flags;
import dev.wasi4j.internal.abi.Rights;
import dev.wasi4j.internal.fd.DirectoryDescriptor;
import dev.wasi4j.internal.fd.FileDescriptor;
import dev.wasi4j.internal.fs.FileStat;
import dev.wasi4j.internal.fs.Resolution;
import dev.wasi4j.internal.fs.OpenFile;
import dev.wasi4j.internal.fs.Resolver.FinalLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code path_*} calls of preview 1. Each resolves its guest path(s) through the sandbox ({@link dev.wasi4j.internal.fs.Resolver})
 * from a directory descriptor, then acts on the resolved entry with a single {@link Dir} operation.
 *
 * <p>Common errors: EBADF (closed descriptor), ENOTDIR (descriptor or an intermediate component is
 * not a directory), ENOTCAPABLE (missing right, absolute path, or a path leaving the directory),
 * EFAULT (path outside memory), EILSEQ (path not UTF-8), ENOENT, ELOOP. Per-call errors are on each
 * method, with POSIX's semantics as a Linux host gives them under wasmtime.
 */
final class PathCalls {
  private final SyscallContext context;

  PathCalls(SyscallContext context) {
    this.context = context;
  }

  void register(SyscallTable table) {
    table.add("path_create_directory", a -> createDirectory(a[0], a[1], a[2]), I32, I32, I32);
    table.add(
        "path_filestat_get", a -> filestatGet(a[0], (int) a[1], a[2], a[3], a[4]),
        I32, I32, I32, I32, I32);
    table.add(
        "path_filestat_set_times",
        a -> filestatSetTimes(a[0], (int) a[1], a[2], a[3], a[4], a[5], (int) a[6]),
        I32, I32, I32, I32, I64, I64, I32);
    table.add(
        "path_link", a -> link(a[0], (int) a[1], a[2], a[3], a[4], a[5], a[6]),
        I32, I32, I32, I32, I32, I32, I32);
    table.add(
        "path_open",
        a -> open(a[0], (int) a[1], a[2], a[3], (int) a[4], a[5], a[6], (int) a[7], a[8]),
        I32, I32, I32, I32, I32, I64, I64, I32, I32);
    table.add(
        "path_readlink", a -> readlink(a[0], a[1], a[2], a[3], a[4], a[5]),
        I32, I32, I32, I32, I32, I32);
    table.add("path_remove_directory", a -> removeDirectory(a[0], a[1], a[2]), I32, I32, I32);
    table.add(
        "path_rename", a -> rename(a[0], a[1], a[2], a[3], a[4], a[5]),
        I32, I32, I32, I32, I32, I32);
    table.add(
        "path_symlink", a -> symlink(a[0], a[1], a[2], a[3], a[4]), I32, I32, I32, I32, I32);
    table.add("path_unlink_file", a -> unlinkFile(a[0], a[1], a[2]), I32, I32, I32);
  }

  /** The directory descriptor {@code fd} holding {@code rights}. */
  private DirectoryDescriptor directory(long fd, long rights) {
    DirectoryDescriptor dir = context.fds().get(fd, DirectoryDescriptor.class, ENOTDIR);
    dir.require(rights);
    return dir;
  }

  private String path(long ptr, long len) {
    return context.memory().readString(u32(ptr), u32(len));
  }

  /** The attributes of an entry that must exist (ENOENT), and be a directory if named with '/'. */
  private static FileStat existing(Resolution at) throws IOException {
    FileStat stat = at.statOrNull();
    if (stat == null) {
      throw ErrnoException.of(ENOENT);
    }
    if (at.trailingSlash() && stat.fileType() != FileType.DIRECTORY) {
      throw ErrnoException.of(ENOTDIR);
    }
    return stat;
  }

  /**
   * Checks that a name to be created is free: EEXIST when anything is there (a dangling symlink
   * too), ENOENT when it is missing but named with '/' and only directories may be so named.
   */
  private static void checkFree(Resolution at, boolean directoryBeingMade) throws IOException {
    if (at.name().equals(".") || at.statOrNull() != null) {
      throw ErrnoException.of(EEXIST);
    }
    if (at.trailingSlash() && !directoryBeingMade) {
      throw ErrnoException.of(ENOENT);
    }
  }

  /** {@code path_create_directory}: EEXIST when the entry exists (even as a dangling symlink). */
  private int createDirectory(long fd, long pathPtr, long pathLen) throws IOException {
    DirectoryDescriptor dir = directory(fd, Rights.PATH_CREATE_DIRECTORY);
    try (Resolution at = dir.resolve(path(pathPtr, pathLen), FinalLink.ENTRY)) {
      checkFree(at, true);
      at.dir().createDirectory(at.name());
    }
    return SUCCESS;
  }

  /** {@code path_filestat_get}: ENOENT for a missing entry, EINVAL for unknown lookup flags. */
  private int filestatGet(long fd, int lookupFlags, long pathPtr, long pathLen, long resultPtr)
      throws IOException {
    DirectoryDescriptor dir = directory(fd, Rights.PATH_FILESTAT_GET);
    FinalLink finalLink = lookup(lookupFlags);
    String path = path(pathPtr, pathLen);
    context.memory().check(u32(resultPtr), FileStat.SIZE);
    try (Resolution at = dir.resolve(path, finalLink)) {
      existing(at).writeTo(context.memory(), u32(resultPtr));
    }
    return SUCCESS;
  }

  /** {@code path_filestat_set_times}: EINVAL for contradictory or unknown flags. */
  private int filestatSetTimes(
      long fd, int lookupFlags, long pathPtr, long pathLen, long atim, long mtim, int fstFlags)
      throws IOException {
    DirectoryDescriptor dir = directory(fd, Rights.PATH_FILESTAT_SET_TIMES);
    FinalLink finalLink = lookup(lookupFlags);
    FileTimes times = FileTimes.of(atim, mtim, fstFlags, context.clocks());
    try (Resolution at = dir.resolve(path(pathPtr, pathLen), finalLink)) {
      existing(at);
      at.dir().setTimes(at.name(), times.atime(), times.mtime());
    }
    return SUCCESS;
  }

  /**
   * {@code path_link}: EEXIST when the new entry exists, EPERM when the old one is a directory,
   * ENOENT for a missing old entry or a new path with a trailing slash.
   */
  private int link(
      long oldFd, int oldFlags, long oldPtr, long oldLen, long newFd, long newPtr, long newLen)
      throws IOException {
    DirectoryDescriptor oldDir = directory(oldFd, Rights.PATH_LINK_SOURCE);
    DirectoryDescriptor newDir = directory(newFd, Rights.PATH_LINK_TARGET);
    FinalLink finalLink = lookup(oldFlags);
    String oldPath = path(oldPtr, oldLen);
    String newPath = path(newPtr, newLen);
    try (Resolution from = oldDir.resolve(oldPath, finalLink);
        Resolution to = newDir.resolve(newPath, FinalLink.ENTRY)) {
      if (existing(from).fileType() == FileType.DIRECTORY) {
        throw ErrnoException.of(EPERM);
      }
      checkFree(to, false);
      to.dir().createLink(to.name(), from.dir(), from.name());
    }
    return SUCCESS;
  }

  /**
   * {@code path_open}: EINVAL for unknown flags or {@code CREAT} with {@code DIRECTORY}; EEXIST for
   * {@code CREAT|EXCL} on an existing entry; ENOENT without {@code CREAT}; ENOTDIR for
   * {@code DIRECTORY} (or a trailing '/') on a non-directory; EISDIR for creating, truncating or
   * writing a directory; ELOOP for a symlink when links are not followed; ENOTCAPABLE when the
   * requested rights exceed the directory's inheriting rights.
   */
  private int open(
      long fd,
      int lookupFlags,
      long pathPtr,
      long pathLen,
      int oflags,
      long rightsBase,
      long rightsInheriting,
      int fdFlags,
      long resultPtr)
      throws IOException {
    boolean create = (oflags & Flags.OFLAGS_CREAT) != 0;
    boolean exclusive = create && (oflags & Flags.OFLAGS_EXCL) != 0;
    boolean truncate = (oflags & Flags.OFLAGS_TRUNC) != 0;
    boolean directoryOnly = (oflags & Flags.OFLAGS_DIRECTORY) != 0;
    long needed = Rights.PATH_OPEN;
    if (create) {
      needed |= Rights.PATH_CREATE_FILE;
    }
    if (truncate) {
      needed |= Rights.PATH_FILESTAT_SET_SIZE;
    }
    DirectoryDescriptor dir = directory(fd, needed);
    FinalLink finalLink = lookup(lookupFlags);
    if ((oflags & ~Flags.OFLAGS_ALL) != 0
        || (fdFlags & ~Flags.FDFLAGS_ALL) != 0
        || (create && directoryOnly)) {
      throw ErrnoException.of(EINVAL);
    }
    if (!Rights.contains(dir.rightsInheriting(), rightsBase)
        || !Rights.contains(dir.rightsInheriting(), rightsInheriting)) {
      throw ErrnoException.of(ENOTCAPABLE);
    }
    String path = path(pathPtr, pathLen);
    context.memory().check(u32(resultPtr), 4);
    // O_CREAT|O_EXCL never follows a final symlink: an existing link is an existing entry.
    try (Resolution at = dir.resolve(path, exclusive ? FinalLink.ENTRY : finalLink)) {
      FileStat stat = at.statOrNull();
      int newFd;
      if (stat == null) {
        if (!create) {
          throw ErrnoException.of(ENOENT);
        }
        if (at.trailingSlash()) {
          throw ErrnoException.of(EISDIR);
        }
        newFd =
            openFile(
                at, FileType.REGULAR_FILE, rightsBase, rightsInheriting, fdFlags, truncate,
                exclusive, true);
      } else if (exclusive) {
        throw ErrnoException.of(EEXIST);
      } else if (stat.fileType() == FileType.DIRECTORY) {
        if (create || truncate || (rightsBase & Rights.FD_WRITE) != 0) {
          throw ErrnoException.of(EISDIR);
        }
        DirectoryDescriptor opened =
            new DirectoryDescriptor(
                at.dir().openDirectory(at.name()),
                null,
                at.entryParentIno(),
                rightsBase & Rights.DIRECTORY,
                rightsInheriting);
        newFd = context.fds().add(opened);
      } else if (create && at.trailingSlash()) {
        throw ErrnoException.of(EISDIR);
      } else if (directoryOnly || at.trailingSlash()) {
        throw ErrnoException.of(stat.fileType() == FileType.SYMBOLIC_LINK ? ELOOP : ENOTDIR);
      } else if (stat.fileType() == FileType.SYMBOLIC_LINK) {
        throw ErrnoException.of(ELOOP);
      } else {
        newFd =
            openFile(
                at, stat.fileType(), rightsBase, rightsInheriting, fdFlags, truncate, false, false);
      }
      context.memory().writeI32(u32(resultPtr), newFd);
    }
    return SUCCESS;
  }

  private int openFile(
      Resolution at,
      byte fileType,
      long rightsBase,
      long rightsInheriting,
      int fdFlags,
      boolean truncate,
      boolean exclusive,
      boolean create)
      throws IOException {
    Set<OpenOption> options = new HashSet<>();
    long writing = Rights.FD_WRITE | Rights.FD_ALLOCATE | Rights.FD_FILESTAT_SET_SIZE;
    if ((rightsBase & writing) != 0 || truncate || create) {
      options.add(StandardOpenOption.WRITE);
    }
    if (truncate) {
      options.add(StandardOpenOption.TRUNCATE_EXISTING);
    }
    if (create) {
      options.add(exclusive ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
    }
    OpenFile file = openReadable(at, options);
    return context.fds()
        .add(
            new FileDescriptor(
                file, fileType, rightsBase & Rights.REGULAR_FILE, rightsInheriting, fdFlags));
  }

  /**
   * Opens with read access too, so that the descriptor can always be read back if its rights allow;
   * a file the host lets us only write is opened write-only.
   */
  private static OpenFile openReadable(Resolution at, Set<OpenOption> options) throws IOException {
    Set<OpenOption> readable = new HashSet<>(options);
    readable.add(StandardOpenOption.READ);
    try {
      return at.dir().openFile(at.name(), readable);
    } catch (AccessDeniedException e) {
      if (!options.contains(StandardOpenOption.WRITE)) {
        throw e;
      }
      return at.dir().openFile(at.name(), options);
    }
  }

  /** {@code path_readlink}: EINVAL when the entry is not a symlink; a short buffer truncates. */
  private int readlink(
      long fd, long pathPtr, long pathLen, long bufPtr, long bufLen, long resultPtr)
      throws IOException {
    DirectoryDescriptor dir = directory(fd, Rights.PATH_READLINK);
    String path = path(pathPtr, pathLen);
    context.memory().check(u32(bufPtr), u32(bufLen));
    context.memory().check(u32(resultPtr), 4);
    try (Resolution at = dir.resolve(path, FinalLink.NO_FOLLOW)) {
      if (existing(at).fileType() != FileType.SYMBOLIC_LINK) {
        throw ErrnoException.of(EINVAL);
      }
      byte[] target = at.dir().readSymlink(at.name()).getBytes(StandardCharsets.UTF_8);
      int length = (int) Math.min(target.length, u32(bufLen));
      context.memory().write(u32(bufPtr), target, 0, length);
      context.memory().writeI32(u32(resultPtr), length);
    }
    return SUCCESS;
  }

  /**
   * {@code path_remove_directory}: ENOTDIR for a non-directory (a symlink included, with or without
   * a trailing '/'), ENOTEMPTY for a directory with entries, EINVAL for the start directory itself.
   */
  private int removeDirectory(long fd, long pathPtr, long pathLen) throws IOException {
    DirectoryDescriptor dir = directory(fd, Rights.PATH_REMOVE_DIRECTORY);
    try (Resolution at = dir.resolve(path(pathPtr, pathLen), FinalLink.ENTRY)) {
      if (at.name().equals(".")) {
        throw ErrnoException.of(EINVAL);
      }
      if (existing(at).fileType() != FileType.DIRECTORY) {
        throw ErrnoException.of(ENOTDIR);
      }
      at.dir().deleteDirectory(at.name());
    }
    return SUCCESS;
  }

  /**
   * {@code path_rename}, with rename(2)'s rules: a directory may replace only an empty directory
   * (ENOTDIR over a non-directory, ENOTEMPTY over a non-empty one), a non-directory may not replace
   * a directory (EISDIR) nor be named with a trailing slash (ENOTDIR); renaming a file onto another
   * name of itself does nothing. Symlinks are renamed, never followed.
   */
  private int rename(
      long oldFd, long oldPtr, long oldLen, long newFd, long newPtr, long newLen)
      throws IOException {
    DirectoryDescriptor oldDir = directory(oldFd, Rights.PATH_RENAME_SOURCE);
    DirectoryDescriptor newDir = directory(newFd, Rights.PATH_RENAME_TARGET);
    String oldPath = path(oldPtr, oldLen);
    String newPath = path(newPtr, newLen);
    try (Resolution from = oldDir.resolve(oldPath, FinalLink.ENTRY);
        Resolution to = newDir.resolve(newPath, FinalLink.ENTRY)) {
      if (from.name().equals(".") || to.name().equals(".")) {
        throw ErrnoException.of(EINVAL);
      }
      FileStat source = existing(from);
      boolean sourceIsDir = source.fileType() == FileType.DIRECTORY;
      if (!sourceIsDir && to.trailingSlash()) {
        throw ErrnoException.of(ENOTDIR);
      }
      FileStat target = to.statOrNull();
      if (target != null) {
        if (target.ino() == source.ino() && target.dev() == source.dev()) {
          return SUCCESS;
        }
        boolean targetIsDir = target.fileType() == FileType.DIRECTORY;
        if (sourceIsDir && !targetIsDir) {
          throw ErrnoException.of(ENOTDIR);
        }
        if (!sourceIsDir && targetIsDir) {
          throw ErrnoException.of(EISDIR);
        }
      }
      from.dir().rename(from.name(), to.dir(), to.name());
    }
    return SUCCESS;
  }

  /**
   * {@code path_symlink}: EEXIST when the entry exists, ENOENT for an empty target or a new path with
   * a trailing slash, EPERM for an absolute target (WASI's path-resolution rules; other targets,
   * dangling or climbing, are stored as given and checked when followed).
   */
  private int symlink(long targetPtr, long targetLen, long fd, long pathPtr, long pathLen)
      throws IOException {
    String target = path(targetPtr, targetLen);
    DirectoryDescriptor dir = directory(fd, Rights.PATH_SYMLINK);
    String path = path(pathPtr, pathLen);
    if (target.indexOf('\0') >= 0) {
      throw ErrnoException.of(EINVAL);
    }
    try (Resolution at = dir.resolve(path, FinalLink.ENTRY)) {
      checkFree(at, false);
      if (target.isEmpty()) {
        throw ErrnoException.of(ENOENT);
      }
      if (target.startsWith("/")) {
        throw ErrnoException.of(EPERM);
      }
      at.dir().createSymlink(at.name(), target);
    }
    return SUCCESS;
  }

  /**
   * {@code path_unlink_file}: EISDIR for a directory, ENOTDIR for a trailing slash on anything else
   * (a symlink to a directory included).
   */
  private int unlinkFile(long fd, long pathPtr, long pathLen) throws IOException {
    DirectoryDescriptor dir = directory(fd, Rights.PATH_UNLINK_FILE);
    try (Resolution at = dir.resolve(path(pathPtr, pathLen), FinalLink.ENTRY)) {
      FileStat stat = at.statOrNull();
      if (stat == null) {
        throw ErrnoException.of(ENOENT);
      }
      if (stat.fileType() == FileType.DIRECTORY) {
        throw ErrnoException.of(EISDIR);
      }
      if (at.trailingSlash()) {
        throw ErrnoException.of(ENOTDIR);
      }
      at.dir().deleteFile(at.name());
    }
    return SUCCESS;
  }

  /** The final-link rule of {@code lookupflags}; EINVAL for unknown bits. */
  private static FinalLink lookup(int lookupFlags) {
    if ((lookupFlags & ~Flags.LOOKUP_SYMLINK_FOLLOW) != 0) {
      throw ErrnoException.of(EINVAL);
    }
    return lookupFlags == 0 ? FinalLink.NO_FOLLOW : FinalLink.FOLLOW;
  }
}
