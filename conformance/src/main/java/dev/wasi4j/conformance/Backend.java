package dev.wasi4j.conformance;

import dev.wasi4j.Mount;
import dev.wasi4j.fs.memory.MemoryMounts;
import dev.wasi4j.fs.nio.HostDirectories;
import dev.wasi4j.fs.vfs.VfsMounts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a test's preopened directories ({@code root}, {@code dirs}) are served from. Backends are
 * listed, and run by {@code all}, in declaration order.
 */
public enum Backend {
  /** The host directory itself, through fs-nio, as the official runner does: the guest changes it in place. */
  NIO("host directories in place (fs-nio)") {
    @Override
    public Mount mount(Path directory) {
      return HostDirectories.readWrite(directory);
    }
  },
  /** A fresh in-memory copy per test, through fs-memory (Jimfs): the host tree is never written. */
  MEMORY("an in-memory copy per test (fs-memory)") {
    @Override
    public Mount mount(Path directory) {
      return MemoryMounts.copyOf(directory);
    }
  },
  /** The host directory itself, through Commons VFS's local-file provider (fs-vfs). */
  VFS("host directories in place through Commons VFS (fs-vfs)") {
    @Override
    public Mount mount(Path directory) throws IOException {
      return VfsMounts.local(directory);
    }
  };

  private final String description;

  Backend(String description) {
    this.description = description;
  }

  /** The backend's name on the command line and in reports: {@code nio}, {@code memory}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the backend serves the directories from, in a few words. */
  public String description() {
    return description;
  }

  /** A mount of {@code directory} for one guest; the guest's {@link dev.wasi4j.Wasi} closes it. */
  public abstract Mount mount(Path directory) throws IOException;

  /**
   * The backend named {@code id}.
   *
   * @throws IllegalArgumentException naming the known backends if there is none
   */
  public static Backend byId(String id) {
    for (Backend backend : values()) {
      if (backend.id().equals(id)) {
        return backend;
      }
    }
    throw new IllegalArgumentException("unknown backend \"" + id + "\" (known: " + ids() + ")");
  }

  /** Every backend, in the order {@code all} runs them. */
  public static List<Backend> all() {
    return List.of(values());
  }

  /** The known ids, comma-separated, for messages. */
  private static String ids() {
    return Arrays.stream(values()).map(Backend::id).collect(Collectors.joining(", "));
  }
}
