package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path on a {@link VfsFileSystem}: an optional root ({@code /}) and a list of names, immutable.
 *
 * <p>Paths are purely lexical, as on any {@code java.nio} file system; they touch the VFS tree only
 * through {@link #toRealPath}. The empty path (no root, no names) behaves as the JDK's {@code ""}:
 * it has one empty name element and resolves to the path it is resolved against.
 */
final class VfsPath implements Path {
  private final VfsFileSystem fileSystem;
  private final boolean absolute;
  private final List<String> names;

  private VfsPath(VfsFileSystem fileSystem, boolean absolute, List<String> names) {
    this.fileSystem = fileSystem;
    this.absolute = absolute;
    this.names = names;
  }

  /** Parses {@code first} and {@code more} joined by {@code /}; empty segments are dropped. */
  static VfsPath parse(VfsFileSystem fileSystem, String first, String... more) {
    StringBuilder joined = new StringBuilder(first);
    for (String part : more) {
      if (!part.isEmpty()) {
        if (joined.length() > 0) {
          joined.append('/');
        }
        joined.append(part);
      }
    }
    String text = joined.toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new InvalidPathException(text, "NUL character not allowed", nul);
    }
    List<String> names = new ArrayList<>();
    for (String segment : text.split("/")) {
      if (!segment.isEmpty()) {
        names.add(segment);
      }
    }
    return new VfsPath(fileSystem, text.startsWith("/"), List.copyOf(names));
  }

  static VfsPath root(VfsFileSystem fileSystem) {
    return new VfsPath(fileSystem, true, List.of());
  }

  /** The names of this path, without the root. */
  List<String> names() {
    return names;
  }

  private boolean isEmptyPath() {
    return !absolute && names.isEmpty();
  }

  private VfsPath withNames(boolean absolute, List<String> names) {
    return new VfsPath(fileSystem, absolute, List.copyOf(names));
  }

  private VfsPath check(Path other) {
    Objects.requireNonNull(other, "other");
    if (!(other instanceof VfsPath)) {
      throw new ProviderMismatchException("not a VFS path: " + other);
    }
    return (VfsPath) other;
  }

  @Override
  public VfsFileSystem getFileSystem() {
    return fileSystem;
  }

  @Override
  public boolean isAbsolute() {
    return absolute;
  }

  @Override
  public Path getRoot() {
    return absolute ? root(fileSystem) : null;
  }

  @Override
  public Path getFileName() {
    if (isEmptyPath()) {
      return this;
    }
    return names.isEmpty() ? null : withNames(false, List.of(names.get(names.size() - 1)));
  }

  @Override
  public VfsPath getParent() {
    if (names.isEmpty() || (names.size() == 1 && !absolute)) {
      return null;
    }
    return withNames(absolute, names.subList(0, names.size() - 1));
  }

  @Override
  public int getNameCount() {
    return isEmptyPath() ? 1 : names.size();
  }

  @Override
  public Path getName(int index) {
    return subpath(index, index + 1);
  }

  @Override
  public Path subpath(int beginIndex, int endIndex) {
    if (isEmptyPath() && beginIndex == 0 && endIndex == 1) {
      return this;
    }
    if (beginIndex < 0 || endIndex > names.size() || beginIndex >= endIndex) {
      throw new IllegalArgumentException(
          "subpath("
              + beginIndex
              + ", "
              + endIndex
              + ") of a path with "
              + names.size()
              + " names");
    }
    return withNames(false, names.subList(beginIndex, endIndex));
  }

  @Override
  public boolean startsWith(Path other) {
    if (!(other instanceof VfsPath) || other.getFileSystem() != fileSystem) {
      return false;
    }
    VfsPath that = (VfsPath) other;
    if (that.absolute != absolute) {
      return false;
    }
    if (that.isEmptyPath()) {
      return isEmptyPath();
    }
    return that.names.size() <= names.size()
        && names.subList(0, that.names.size()).equals(that.names);
  }

  @Override
  public boolean endsWith(Path other) {
    if (!(other instanceof VfsPath) || other.getFileSystem() != fileSystem) {
      return false;
    }
    VfsPath that = (VfsPath) other;
    if (that.absolute) {
      return equals(that);
    }
    if (that.isEmptyPath()) {
      return isEmptyPath();
    }
    int offset = names.size() - that.names.size();
    return offset >= 0 && names.subList(offset, names.size()).equals(that.names);
  }

  @Override
  public VfsPath normalize() {
    List<String> result = new ArrayList<>();
    for (String name : names) {
      if (name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        boolean canPop = !result.isEmpty() && !result.get(result.size() - 1).equals("..");
        if (canPop) {
          result.remove(result.size() - 1);
        } else if (!absolute) {
          // A relative path keeps leading ".." names; "/.." is "/" as on POSIX.
          result.add(name);
        }
        continue;
      }
      result.add(name);
    }
    return result.equals(names) ? this : withNames(absolute, result);
  }

  @Override
  public VfsPath resolve(Path other) {
    VfsPath that = check(other);
    if (that.absolute) {
      return that;
    }
    if (that.isEmptyPath()) {
      return this;
    }
    List<String> joined = new ArrayList<>(names);
    joined.addAll(that.names);
    return withNames(absolute, joined);
  }

  @Override
  public VfsPath resolve(String other) {
    return resolve(fileSystem.getPath(other));
  }

  @Override
  public Path relativize(Path other) {
    VfsPath that = check(other);
    if (that.absolute != absolute) {
      throw new IllegalArgumentException("cannot relativize " + that + " against " + this);
    }
    int common = 0;
    int max = Math.min(names.size(), that.names.size());
    while (common < max && names.get(common).equals(that.names.get(common))) {
      common++;
    }
    List<String> result = new ArrayList<>();
    for (int i = common; i < names.size(); i++) {
      result.add("..");
    }
    result.addAll(that.names.subList(common, that.names.size()));
    return withNames(false, result);
  }

  /**
   * {@code vfs://<file system id>/<path>}, which {@link VfsFileSystemProvider#getPath} reads back.
   */
  @Override
  public URI toUri() {
    try {
      return new URI(
          VfsFileSystemProvider.SCHEME, fileSystem.id(), toAbsolutePath().toString(), null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot build a URI for " + this, e);
    }
  }

  @Override
  public VfsPath toAbsolutePath() {
    // The working directory of a VFS file system is its root.
    return absolute ? this : withNames(true, names);
  }

  @Override
  public Path toRealPath(LinkOption... options) throws IOException {
    VfsPath real = toAbsolutePath().normalize();
    fileSystem.provider().checkAccess(real);
    return real;
  }

  @Override
  public WatchKey register(
      WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
    throw new UnsupportedOperationException("VFS file systems have no watch service");
  }

  @Override
  public int compareTo(Path other) {
    return toString().compareTo(((VfsPath) other).toString());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof VfsPath)) {
      return false;
    }
    VfsPath that = (VfsPath) other;
    return fileSystem == that.fileSystem && absolute == that.absolute && names.equals(that.names);
  }

  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(fileSystem), absolute, names);
  }

  @Override
  public String toString() {
    String joined = String.join("/", names);
    return absolute ? "/" + joined : joined;
  }
}
