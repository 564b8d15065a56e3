package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.apache.commons.vfs2.FileObject;

/**
 * Keeps a mount's paths from reaching anything but the mount's own files, where VFS or the library
 * under it would otherwise let them:
 *
 * <ul>
 *   <li>VFS turns a backslash into a separator even when escaped, so a name such as {@code ..\x}
 *       would climb out of the mount: names with backslashes are refused on every scheme.
 *   <li>JSch, under the sftp scheme, expands {@code *} and {@code ?} as glob patterns in every
 *       operation, so {@code a?} would name, delete or overwrite {@code a1}: such names are refused
 *       over sftp.
 *   <li>VFS's local provider follows host symbolic links, which could lead out of the mounted
 *       directory: on {@code file:} mounts a path whose real location is outside the mount's real
 *       root is refused. (A link swapped in between the check and the access can still win; mount
 *       untrusted host directories with fs-nio, whose resolver works relative to directories.)
 * </ul>
 *
 * Refused names are an {@code "Invalid argument"} {@link FileSystemException} (EINVAL to wasi4j);
 * escapes are an {@link AccessDeniedException}.
 */
final class Confinement {
  private final String unaddressable;
  private final Path hostRoot;
  private final Path realHostRoot;

  private Confinement(String unaddressable, Path hostRoot) throws IOException {
    this.unaddressable = unaddressable;
    this.hostRoot = hostRoot;
    this.realHostRoot = hostRoot == null ? null : hostRoot.toRealPath();
  }

  /** The confinement of the mount whose root is {@code root}. */
  static Confinement of(FileObject root) throws IOException {
    String scheme = root.getName().getScheme();
    return new Confinement(
        scheme.equals("sftp") ? "\\*?" : "\\", scheme.equals("file") ? root.getPath() : null);
  }

  /** Refuses {@code path} if one of its names cannot be handed to VFS safely. */
  void checkNames(VfsPath path) throws FileSystemException {
    for (String name : path.names()) {
      if (name.chars().anyMatch(c -> unaddressable.indexOf(c) >= 0)) {
        // "Invalid argument" is strerror(EINVAL), which wasi4j maps back to that errno.
        throw new FileSystemException(
            path.toString(),
            null,
            "Invalid argument: names with any of " + unaddressable + " cannot be used here");
      }
    }
  }

  /** On a {@code file:} mount, refuses {@code node} if host links lead it out of the mount. */
  void checkInside(Node node) throws IOException {
    if (hostRoot == null) {
      return;
    }
    Path host = hostRoot;
    for (String name : node.path().names()) {
      host = host.resolve(name);
    }
    // The deepest part of the path that exists (a link counts, even a dangling one) decides
    // where the rest of it would be created.
    Path existing = host;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    boolean inside;
    try {
      inside = existing != null && existing.toRealPath().startsWith(realHostRoot);
    } catch (IOException danglingLink) {
      inside = false;
    }
    if (!inside) {
      throw new AccessDeniedException(
          node.key(), null, "leads out of the mount through a host symbolic link");
    }
  }
}
