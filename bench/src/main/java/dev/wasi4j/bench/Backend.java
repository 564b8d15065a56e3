package dev.wasi4j.bench;

import com.google.common.jimfs.Jimfs;
import dev.wasi4j.fs.memory.MemoryMounts;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file systems the sandbox directory lives on. */
public enum Backend {
  /**
   * A fresh directory on the host disk, under {@code -Dwasi4j.bench.disk=DIR} or else the JVM's
   * temporary directory.
   */
  DISK {
    @Override
    public Sandbox open() throws IOException {
      String parent = System.getProperty("wasi4j.bench.disk");
      Path root =
          parent == null
              ? Files.createTempDirectory("wasi4j-bench-")
              : Files.createTempDirectory(Path.of(parent), "wasi4j-bench-");
      return new Sandbox(root.toRealPath(), () -> Sandbox.deleteTree(root));
    }
  },

  /** {@code /sandbox} on a Jimfs file system configured as wasi4j's memory mounts are. */
  JIMFS {
    @Override
    public Sandbox open() throws IOException {
      FileSystem fs = Jimfs.newFileSystem(MemoryMounts.configuration());
      return new Sandbox(Files.createDirectory(fs.getPath("/sandbox")), fs);
    }
  };

  /** A new, empty sandbox directory on this backend. */
  public abstract Sandbox open() throws IOException;
}
