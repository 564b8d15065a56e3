package dev.wasi4j.cli;

import dev.wasi4j.Mount;
import dev.wasi4j.fs.memory.MemoryMounts;
import dev.wasi4j.fs.nio.HostDirectories;
import dev.wasi4j.fs.vfs.VfsMounts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** How {@code --dir} host directories are served to the guest. */
enum Backend {
  /** Straight from the host's disk: the guest's changes are the host's. */
  NIO {
    @Override
    Mount mount(Path directory) {
      return HostDirectories.readWrite(directory);
    }
  },
  /**
   * An in-memory copy taken at start: the guest may change it, the host directory stays as it was.
   */
  MEMORY {
    @Override
    Mount mount(Path directory) {
      return MemoryMounts.copyOf(directory);
    }
  },
  /** Through Commons VFS's local-file provider: the guest's changes are the host's. */
  VFS {
    @Override
    Mount mount(Path directory) throws IOException {
      return VfsMounts.local(directory);
    }
  };

  /** A mount of the host directory {@code directory}. */
  abstract Mount mount(Path directory) throws IOException;

  /** The name as written on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
