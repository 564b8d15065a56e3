package dev.wasi4j.fs.vfs;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.apache.commons.vfs2.FileNotFolderException;

/**
 * Turns Commons VFS exceptions into the {@code java.nio.file} exception types that callers map to
 * errors by type (wasi4j maps them to WASI errnos), so no VFS type escapes the provider.
 *
 * <p>Most precise errors come from checks the provider makes before calling VFS; this is the
 * fallback for what VFS reports itself. It looks through the cause chain for a known reason (a
 * missing file, a folder expected, an SFTP status) and otherwise reports a plain {@link
 * FileSystemException} naming the file. The VFS exception is not attached as the cause: its type is
 * VFS's own and its text may carry a URI with a password. The first non-VFS cause (an {@code
 * SftpException}, a {@code ConnectException}) is attached instead.
 */
final class VfsErrors {
  private VfsErrors() {}

  /** A VFS operation on a file of a mount, run with its VFS exceptions translated. */
  @FunctionalInterface
  interface VfsCall<T> {
    T call() throws IOException;
  }

  /** Runs {@code call}, translating VFS exceptions into java.nio ones that name {@code file}. */
  static <T> T translating(Object file, VfsCall<T> call) throws IOException {
    try {
      return call.call();
    } catch (org.apache.commons.vfs2.FileSystemException e) {
      throw translate(String.valueOf(file), e);
    }
  }

  /** The java.nio exception that says what {@code e} says about {@code file}. */
  static IOException translate(String file, org.apache.commons.vfs2.FileSystemException e) {
    IOException translated = classify(file, e);
    Throwable external = firstExternalCause(e);
    if (external != null) {
      translated.initCause(external);
    }
    return translated;
  }

  /** The message of {@code e} and its VFS causes, passwords masked. */
  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && text.indexOf(message) < 0) {
        if (text.length() > 0) {
          text.append(": ");
        }
        text.append(message);
      }
    }
    return MaskedUri.mask(text.toString());
  }

  /** The first cause of {@code e} that is not a VFS exception, or null. */
  static Throwable firstExternalCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (!(t instanceof org.apache.commons.vfs2.FileSystemException)) {
        return t;
      }
    }
    return null;
  }

  private static IOException classify(String file, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.apache.commons.vfs2.FileNotFoundException
          || t instanceof java.io.FileNotFoundException
          || t instanceof NoSuchFileException) {
        return new NoSuchFileException(file);
      }
      if (t instanceof FileNotFolderException || t instanceof NotDirectoryException) {
        return new NotDirectoryException(file);
      }
      if (t instanceof AccessDeniedException) {
        return new AccessDeniedException(file);
      }
      if (t instanceof SftpException) {
        int status = ((SftpException) t).id;
        if (status == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
          return new NoSuchFileException(file);
        }
        if (status == ChannelSftp.SSH_FX_PERMISSION_DENIED) {
          return new AccessDeniedException(file);
        }
      }
    }
    return new FileSystemException(file, null, describe(e));
  }
}
