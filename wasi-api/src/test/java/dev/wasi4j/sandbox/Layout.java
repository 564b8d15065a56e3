package dev.wasi4j.sandbox;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Feature;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A host tree with a sandbox next to a secret: {@code base/sandbox} is what the guest gets,
 * {@code base/outside/secret.txt} is what it must never reach. Lives on the disk or in a Jimfs file
 * system, which it closes.
 */
public final class Layout implements AutoCloseable {
  public static final String SECRET = "SECRET-BYTES";
  public static final String INSIDE = "INSIDE-BYTES";

  public final Path base;
  public final Path sandbox;
  public final Path outside;
  private final FileSystem memory;

  private Layout(Path base, FileSystem memory) throws IOException {
    this.base = base;
    this.memory = memory;
    this.sandbox = Files.createDirectories(base.resolve("sandbox"));
    this.outside = Files.createDirectories(base.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), SECRET);
    Files.createDirectories(outside.resolve("dir"));
    Files.writeString(sandbox.resolve("inside.txt"), INSIDE);
    Files.createDirectories(sandbox.resolve("sub"));
  }

  /** A layout in the host directory {@code base}. */
  public static Layout onDisk(Path base) throws IOException {
    return new Layout(base.toRealPath(), null);
  }

  /** A layout in a new Jimfs file system configured as {@code configuration}. */
  public static Layout inJimfs(Configuration configuration) throws IOException {
    FileSystem fs = Jimfs.newFileSystem(configuration);
    return new Layout(Files.createDirectories(fs.getPath("/host/base")), fs);
  }

  /** A POSIX Jimfs configuration with links, secure directory streams and the unix view. */
  public static Configuration posixJimfs() {
    return Configuration.unix().toBuilder()
        .setSupportedFeatures(
            Feature.LINKS, Feature.SYMBOLIC_LINKS, Feature.SECURE_DIRECTORY_STREAM, Feature.FILE_CHANNEL)
        .setAttributeViews("basic", "owner", "posix", "unix")
        .build();
  }

  /** A symlink {@code sandbox/name -> target}, planted by the host. */
  public void link(String name, String target) throws IOException {
    Files.createSymbolicLink(sandbox.resolve(name), base.getFileSystem().getPath(target));
  }

  /** Everything under {@code outside}, as relative paths with file contents, to compare before/after. */
  public String outsideSnapshot() throws IOException {
    StringBuilder snapshot = new StringBuilder();
    try (Stream<Path> files = Files.walk(outside)) {
      for (Path p : files.sorted().toList()) {
        snapshot.append(outside.relativize(p)).append(Files.isDirectory(p) ? "/" : "");
        if (Files.isRegularFile(p)) {
          snapshot.append('=').append(Files.readString(p));
        }
        snapshot.append('\n');
      }
    }
    return snapshot.toString();
  }

  @Override
  public void close() throws IOException {
    if (memory != null) {
      memory.close();
    }
  }
}
