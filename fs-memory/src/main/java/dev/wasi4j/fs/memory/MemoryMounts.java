package dev.wasi4j.fs.memory;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Feature;
import com.google.common.jimfs.Jimfs;
import dev.wasi4j.Mount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * In-memory sandboxes on Jimfs with POSIX behaviour: Unix paths, symbolic and hard links, and the
 * {@code unix} attribute view (inode numbers, link counts). The guest may change the tree freely;
 * nothing reaches the host, and the file system is discarded when the {@link dev.wasi4j.Wasi} is
 * closed.
 *
 * <pre>{@code
 * Wasi wasi = Wasi.builder()
 *     .preopen("/tmp", MemoryMounts.empty())
 *     .preopen("/src", MemoryMounts.copyOf(Path.of("src/test/data")))
 *     .build();
 * }</pre>
 */
public final class MemoryMounts {
  private MemoryMounts() {}

  /** The Jimfs configuration of every mount here: Unix, with links and the {@code unix} view. */
  public static Configuration configuration() {
    return Configuration.unix().toBuilder()
        .setRoots("/")
        .setWorkingDirectory("/")
        .setSupportedFeatures(
            Feature.LINKS, Feature.SYMBOLIC_LINKS, Feature.SECURE_DIRECTORY_STREAM, Feature.FILE_CHANNEL)
        .setAttributeViews("basic", "owner", "posix", "unix")
        .build();
  }

  /** An empty in-memory directory. */
  public static Mount empty() {
    FileSystem fs = Jimfs.newFileSystem(configuration());
    return Mount.of(fs.getPath("/")).closing(fs);
  }

  /**
   * An in-memory copy of the host directory {@code source}: files, directories and symlinks (as
   * links, their targets unchanged), with modification times.
   */
  public static Mount copyOf(Path source) {
    Objects.requireNonNull(source, "source");
    if (!Files.isDirectory(source)) {
      throw new IllegalArgumentException("cannot copy " + source.toUri() + ": not a directory");
    }
    FileSystem fs = Jimfs.newFileSystem(configuration());
    try {
      TreeCopy.copy(source, fs.getPath("/"));
    } catch (IOException e) {
      closeQuietly(fs, e);
      throw new UncheckedIOException("copying " + source + " into memory", e);
    }
    return Mount.of(fs.getPath("/")).closing(fs);
  }

  /**
   * An in-memory copy of the classpath directory {@code resourceDirectory} (e.g.
   * {@code "/guest-data"}), whether it lies in a directory or inside a jar.
   */
  public static Mount fromClasspath(String resourceDirectory) {
    Objects.requireNonNull(resourceDirectory, "resourceDirectory");
    String name = resourceDirectory.startsWith("/") ? resourceDirectory : "/" + resourceDirectory;
    URL url = MemoryMounts.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no classpath resource directory " + name);
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return copyOf(jar.provider().getPath(uri));
        }
      }
      return copyOf(Path.of(uri));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalArgumentException("cannot read classpath directory " + name + ": " + e, e);
    }
  }

  private static void closeQuietly(FileSystem fs, Exception pending) {
    try {
      fs.close();
    } catch (IOException e) {
      pending.addSuppressed(e);
    }
  }
}
