package dev.wasi4j.internal.fs;

import static dev.wasi4j.internal.abi.Errno.*;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.ProviderMismatchException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Map;

/**
 * Maps what java.nio throws to WASI errnos. Typed exceptions map by type; the JDK reports most other
 * POSIX failures as a {@link FileSystemException} whose reason is the C library's {@code strerror}
 * text, which maps back to the errno it came from.
 */
public final class IoErrors {
  private static final Map<String, Integer> STRERROR =
      Map.ofEntries(
          Map.entry("Operation not permitted", EPERM),
          Map.entry("No such file or directory", ENOENT),
          Map.entry("Permission denied", EACCES),
          Map.entry("File exists", EEXIST),
          Map.entry("Not a directory", ENOTDIR),
          Map.entry("Is a directory", EISDIR),
          Map.entry("Invalid argument", EINVAL),
          Map.entry("Directory not empty", ENOTEMPTY),
          Map.entry("Too many levels of symbolic links", ELOOP),
          Map.entry("File name too long", ENAMETOOLONG),
          Map.entry("Invalid cross-device link", EXDEV),
          Map.entry("No space left on device", ENOSPC),
          Map.entry("Disk quota exceeded", EDQUOT),
          Map.entry("Read-only file system", EROFS),
          Map.entry("File too large", EFBIG),
          Map.entry("Device or resource busy", EBUSY),
          Map.entry("Text file busy", ETXTBSY),
          Map.entry("Too many links", EMLINK),
          Map.entry("Too many open files", EMFILE),
          Map.entry("Too many open files in system", ENFILE),
          Map.entry("Bad file descriptor", EBADF),
          Map.entry("Illegal seek", ESPIPE),
          Map.entry("Broken pipe", EPIPE),
          Map.entry("No such device", ENODEV),
          Map.entry("No such device or address", ENXIO),
          Map.entry("Operation not supported", ENOTSUP),
          Map.entry("Function not implemented", ENOSYS),
          Map.entry("Resource temporarily unavailable", EAGAIN),
          Map.entry("Interrupted system call", EINTR),
          Map.entry("Input/output error", EIO),
          Map.entry("Cannot allocate memory", ENOMEM),
          Map.entry("Stale file handle", ESTALE),
          Map.entry("Value too large for defined data type", EOVERFLOW));

  private IoErrors() {}

  /** The errno for an I/O failure. */
  public static int errno(IOException e) {
    if (e instanceof FileSystemException) {
      return fileSystemErrno((FileSystemException) e);
    }
    if (e instanceof ClosedChannelException) {
      return EBADF;
    }
    return fromReason(e.getMessage(), EIO);
  }

  /** The errno for an unchecked exception a file system provider threw. */
  public static int errno(RuntimeException e) {
    if (e instanceof ReadOnlyFileSystemException) {
      return EROFS;
    }
    if (e instanceof UnsupportedOperationException) {
      return ENOTSUP;
    }
    if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) {
      return EBADF;
    }
    if (e instanceof ProviderMismatchException) {
      return EXDEV;
    }
    if (e instanceof SecurityException) {
      return EACCES;
    }
    if (e instanceof IllegalArgumentException) {
      return EINVAL;
    }
    return EIO;
  }

  private static int fileSystemErrno(FileSystemException e) {
    if (e instanceof NoSuchFileException) {
      return ENOENT;
    }
    if (e instanceof FileAlreadyExistsException) {
      return EEXIST;
    }
    if (e instanceof DirectoryNotEmptyException) {
      return ENOTEMPTY;
    }
    if (e instanceof NotDirectoryException) {
      return ENOTDIR;
    }
    if (e instanceof AccessDeniedException) {
      return EACCES;
    }
    if (e instanceof NotLinkException) {
      return EINVAL;
    }
    if (e instanceof FileSystemLoopException) {
      return ELOOP;
    }
    if (e instanceof AtomicMoveNotSupportedException) {
      return EXDEV;
    }
    return fromReason(e.getReason(), EIO);
  }

  private static int fromReason(String reason, int otherwise) {
    if (reason == null) {
      return otherwise;
    }
    Integer errno = STRERROR.get(reason);
    if (errno != null) {
      return errno;
    }
    // The JDK appends detail to ELOOP ("... or unable to access attributes of symbolic link").
    for (Map.Entry<String, Integer> entry : STRERROR.entrySet()) {
      if (reason.startsWith(entry.getKey())) {
        return entry.getValue();
      }
    }
    return otherwise;
  }
}
