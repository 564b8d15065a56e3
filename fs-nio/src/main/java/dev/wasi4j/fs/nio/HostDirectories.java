package dev.wasi4j.fs.nio;

import dev.wasi4j.Mount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Mounts of host-disk directories. The guest works on the directory in place: what it writes is on
 * the host's disk, and {@code fd_sync}/{@code fd_datasync} force it there.
 *
 * <pre>{@code
 * Wasi wasi = Wasi.builder()
 *     .preopen("/data", HostDirectories.readWrite(Path.of("data")))
 *     .preopen("/config", HostDirectories.readOnly(Path.of("/etc/myapp")))
 *     .build();
 * }</pre>
 */
public final class HostDirectories {
  private HostDirectories() {}

  /** {@code directory} with full rights for the guest. */
  public static Mount readWrite(Path directory) {
    return Mount.of(existingDirectory(directory));
  }

  /**
   * {@code directory} without any write right: the guest can list, stat and read, and every change
   * fails with ENOTCAPABLE before reaching the disk.
   */
  public static Mount readOnly(Path directory) {
    return readWrite(directory).readOnly();
  }

  /**
   * The real path of {@code directory}, which must be an existing directory on the default (host)
   * file system.
   *
   * @throws IllegalArgumentException naming the path when it is not
   */
  static Path existingDirectory(Path directory) {
    Objects.requireNonNull(directory, "directory");
    if (directory.getFileSystem() != FileSystems.getDefault()) {
      throw new IllegalArgumentException(
          directory.toUri() + " is not on the host disk; use Mount.of for other file systems");
    }
    try {
      Path real = directory.toRealPath();
      if (!Files.isDirectory(real)) {
        throw new IllegalArgumentException("host path " + directory + " is not a directory");
      }
      return real;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("host directory " + directory + " does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve host directory " + directory, e);
    }
  }
}
