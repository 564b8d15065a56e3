package dev.wasi4j.fs.vfs;

import dev.wasi4j.Mount;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The mounts a test opened, closed after it (newest first) by JUnit's {@code @AutoClose}; closing a
 * mount's file system releases its VFS manager, SFTP session or HTTP client.
 */
final class OpenMounts implements AutoCloseable {
  private final Deque<Mount> mounts = new ArrayDeque<>();

  /** Registers {@code mount} for closing and returns it. */
  Mount track(Mount mount) {
    mounts.push(mount);
    return mount;
  }

  @Override
  public void close() throws IOException {
    while (!mounts.isEmpty()) {
      mounts.pop().root().getFileSystem().close();
    }
  }
}
