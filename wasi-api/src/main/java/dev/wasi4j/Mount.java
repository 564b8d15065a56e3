package dev.wasi4j;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A directory tree that can be preopened into a guest: a {@link Path} on any {@code java.nio.file}
 * provider (host disk, Jimfs, Commons VFS, ...), whether the guest may change it, and the resources
 * to release when the {@link Wasi} that preopens it is closed.
 *
 * <p>Instances are immutable; {@link #readOnly()} and {@link #closing(Closeable)} return new mounts.
 * Factories for the common kinds live in the {@code fs-nio}, {@code fs-memory} and {@code fs-vfs}
 * modules.
 */
public final class Mount implements Closeable {
  private final Path root;
  private final boolean readOnly;
  private final Closeable resource;

  private Mount(Path root, boolean readOnly, Closeable resource) {
    this.root = Objects.requireNonNull(root, "root");
    this.readOnly = readOnly;
    this.resource = resource;
  }

  /** A read-write mount of {@code root}, which must be a directory when the guest starts. */
  public static Mount of(Path root) {
    return new Mount(root, false, null);
  }

  /** This mount with every write right removed from its preopened descriptor. */
  public Mount readOnly() {
    return new Mount(root, true, resource);
  }

  /**
   * This mount, which also closes {@code resource} (a file system, a VFS manager, ...) when it is
   * closed. Resources added earlier are closed first.
   */
  public Mount closing(Closeable resource) {
    Objects.requireNonNull(resource, "resource");
    Closeable previous = this.resource;
    Closeable both =
        previous == null
            ? resource
            : () -> {
              try (resource) {
                previous.close();
              }
            };
    return new Mount(root, readOnly, both);
  }

  /** The directory the guest sees as the preopen. */
  public Path root() {
    return root;
  }

  /** Whether the preopen carries no write rights. */
  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * Releases what this mount holds (the directory itself is left as it is). A {@link Wasi} closes
   * its preopened mounts when it is closed; call this for a mount that never reached one.
   */
  @Override
  public void close() throws IOException {
    if (resource != null) {
      resource.close();
    }
  }

  @Override
  public String toString() {
    return (readOnly ? "read-only " : "") + "mount of " + root.toUri();
  }
}
