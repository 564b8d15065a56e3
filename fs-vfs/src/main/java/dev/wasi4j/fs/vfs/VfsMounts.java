package dev.wasi4j.fs.vfs;

import dev.wasi4j.Mount;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Locale;
import org.apache.commons.vfs2.Capability;
import org.apache.commons.vfs2.FileObject;
import org.apache.commons.vfs2.FileSystemException;
import org.apache.commons.vfs2.FileSystemOptions;
import org.apache.commons.vfs2.FileType;
import org.apache.commons.vfs2.impl.StandardFileSystemManager;
import org.apache.commons.vfs2.provider.http5.Http5FileSystemConfigBuilder;

/**
 * Mounts for wasi4j guests backed by Apache Commons VFS: archives, memory, local directories, SFTP
 * servers, HTTP servers, or any VFS URI.
 *
 * <p>Each mount gets its own VFS file system manager, which its {@link Mount} closes (closing SFTP
 * sessions, HTTP clients and VFS's temporary copies). Everything that can fail is checked when the
 * mount is made, not at the guest's first access: a missing archive, an unreachable server, a
 * refused login or a root that is not a directory is an {@link IOException} naming the URI, with
 * any password shown as {@code ***}. Malformed input is an {@link IllegalArgumentException}.
 *
 * <p>A mount is read-only, both as {@link Mount#readOnly()} (the guest gets no write rights) and as
 * a {@link java.nio.file.FileSystem#isReadOnly() read-only file system} (writes throw {@link
 * java.nio.file.ReadOnlyFileSystemException}), when its VFS scheme cannot write: archives and http.
 *
 * <p>What the schemes cannot do:
 *
 * <ul>
 *   <li>None has links: creating one is an {@link UnsupportedOperationException}, reading one a
 *       {@link java.nio.file.NotLinkException}. None renames atomically: {@code ATOMIC_MOVE} is an
 *       {@link java.nio.file.AtomicMoveNotSupportedException}. None stores access or creation
 *       times; the modification time stands in for them.
 *   <li>zip, jar, tar, tgz, tbz2: read-only and without random access; a channel reads the entry as
 *       a stream and seeks backwards by reopening it. Reading a tar entry rescans the archive up to
 *       it (tgz and tbz2 decompress again).
 *   <li>sftp: no random-access writes; a writing channel appends or starts a file afresh. {@code
 *       READ} with {@code WRITE} is an {@link java.nio.file.AccessDeniedException}; {@code WRITE}
 *       alone on a non-empty file opens, and its first change must be a write at the end (which
 *       appends) or a truncation to 0 (which starts the file afresh): overwriting in place is an
 *       {@link UnsupportedOperationException}. Directory times cannot be set (files' can, in
 *       seconds). Names with {@code *} or {@code ?} are refused, since JSch would expand them as
 *       globs.
 *   <li>Every scheme refuses names with a backslash, which VFS reads as a separator; a local mount
 *       refuses paths that host symbolic links lead out of its directory. Refused names are an
 *       {@code "Invalid argument"} {@link java.nio.file.FileSystemException}.
 *   <li>http, https: read-only and cannot list directories (VFS's HTTP providers do not parse index
 *       pages), so the root is a directory that cannot be listed and files are read by their known
 *       paths. A directory stream opens but iterating it is an {@link
 *       UnsupportedOperationException}; paths below the root are never directories, since VFS
 *       reports every URL that answers as a file.
 * </ul>
 *
 * <p>HTTPS servers must present a certificate that the JVM's default trust store accepts, or the
 * one given to {@link #http(URI, KeyStore)}, for the host named in the URI. (VFS 2.10 alone accepts
 * any certificate; these mounts replace its TLS setup, so its own key store options have no
 * effect.)
 *
 * <p>Examples:
 *
 * <pre>{@code
 * Mount site = VfsMounts.zip(Path.of("site.zip"));               // read-only
 * Mount shared = VfsMounts.sftp(
 *     URI.create("sftp://deploy@files.example.com:22/srv/share"),
 *     SftpOptions.user("deploy")
 *         .withPrivateKey(Path.of(System.getProperty("user.home"), ".ssh/id_ed25519"), null)
 *         .withKnownHosts(Path.of(System.getProperty("user.home"), ".ssh/known_hosts")));
 * }</pre>
 */
public final class VfsMounts {
  private static final Duration HTTP_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private VfsMounts() {}

  /** A read-only mount of a zip archive's contents. */
  public static Mount zip(Path archive) throws IOException {
    return archive("zip", archive);
  }

  /** A read-only mount of a jar archive's contents. */
  public static Mount jar(Path archive) throws IOException {
    return archive("jar", archive);
  }

  /**
   * A read-only mount of a tar archive's contents; {@code .tgz} and {@code .tar.gz} names are read
   * as gzip-compressed, {@code .tbz2}, {@code .tbz} and {@code .tar.bz2} as bzip2-compressed.
   */
  public static Mount tar(Path archive) throws IOException {
    String name = String.valueOf(archive.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".tgz") || name.endsWith(".tar.gz")) {
      return tgz(archive);
    }
    if (name.endsWith(".tbz2") || name.endsWith(".tbz") || name.endsWith(".tar.bz2")) {
      return tbz2(archive);
    }
    return archive("tar", archive);
  }

  /** A read-only mount of a gzip-compressed tar archive, whatever its name. */
  public static Mount tgz(Path archive) throws IOException {
    return archive("tgz", archive);
  }

  /** A read-only mount of a bzip2-compressed tar archive, whatever its name. */
  public static Mount tbz2(Path archive) throws IOException {
    return archive("tbz2", archive);
  }

  /** A read-write mount of a new, empty in-memory tree, gone when the mount is closed. */
  public static Mount ram() throws IOException {
    return mount("ram:///", new FileSystemOptions(), "ram:///");
  }

  /** A read-write mount of a host directory through VFS's local-file provider. */
  public static Mount local(Path directory) throws IOException {
    String uri = defaultFileSystemPath(directory).toUri().toString();
    return mount(uri, new FileSystemOptions(), uri);
  }

  /**
   * A read-write mount of a directory on an SFTP server, {@code sftp://[user@]host[:port]/path}.
   * The URI's path is absolute on the server. A user in {@code options} wins over one in the URI; a
   * password in the URI is used if {@code options} has none, and masked in every message.
   */
  public static Mount sftp(URI uri, SftpOptions options) throws IOException {
    if (!"sftp".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "expected sftp://[user@]host[:port]/path, got " + mask(uri));
    }
    String[] userInfo = uri.getUserInfo() == null ? new String[0] : uri.getUserInfo().split(":", 2);
    SftpOptions login = options;
    if (!options.hasPassword() && userInfo.length == 2) {
      login = options.withPassword(userInfo[1].toCharArray());
    }
    String location =
        uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath();
    String vfsUri = "sftp://" + login.user() + "@" + location;
    String display =
        "sftp://" + login.user() + (login.hasPassword() ? ":***" : "") + "@" + location;
    FileSystemOptions vfsOptions;
    try {
      vfsOptions = login.toVfsOptions();
    } catch (FileSystemException e) {
      throw mountFailure(display, e);
    }
    return mount(vfsUri, vfsOptions, display);
  }

  /**
   * A read-only mount of an http or https base URL; see the class comment for what it can do. HTTPS
   * servers must present a certificate the JVM's default trust store accepts.
   */
  public static Mount http(URI uri) throws IOException {
    return http(uri, null);
  }

  /**
   * A read-only mount of an http or https base URL whose HTTPS server must present a certificate
   * chaining to one in {@code trusted} (for a private certificate authority or a self-signed
   * server); null means the JVM's default trust store.
   */
  public static Mount http(URI uri, KeyStore trusted) throws IOException {
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("expected an http or https URL, got " + mask(uri));
    }
    return mount(uri.toString(), defaultOptions(), mask(uri), trusted);
  }

  /**
   * A mount of any Commons VFS URI ({@code tgz:https://host/x.tgz!/dir}, {@code ftp://...}), with
   * wasi4j's defaults: SFTP host keys checked against {@code ~/.ssh/known_hosts}, HTTPS
   * certificates against the JVM's trust store, 10 s connect timeouts. Read-only when the scheme
   * cannot write.
   */
  public static Mount uri(String vfsUri) throws IOException {
    return uri(vfsUri, defaultOptions());
  }

  /**
   * A mount of any Commons VFS URI with exactly the given VFS options (HTTPS certificates are still
   * checked against the JVM's trust store).
   */
  public static Mount uri(String vfsUri, FileSystemOptions options) throws IOException {
    return mount(vfsUri, options, MaskedUri.mask(vfsUri));
  }

  private static Mount archive(String scheme, Path archive) throws IOException {
    Path file = defaultFileSystemPath(archive);
    String uri = scheme + ":" + file.toUri() + "!/";
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(uri, null, "archive not found");
    }
    return mount(uri, new FileSystemOptions(), uri);
  }

  private static Path defaultFileSystemPath(Path path) {
    if (path.getFileSystem() != FileSystems.getDefault()) {
      throw new IllegalArgumentException("not a path of the default file system: " + path.toUri());
    }
    return path.toAbsolutePath();
  }

  private static FileSystemOptions defaultOptions() throws IOException {
    FileSystemOptions options = new FileSystemOptions();
    try {
      SftpOptions.secureDefaults(options);
    } catch (FileSystemException e) {
      throw new IllegalStateException("VFS rejected its own SFTP settings", e);
    }
    Http5FileSystemConfigBuilder http = Http5FileSystemConfigBuilder.getInstance();
    http.setConnectionTimeout(options, HTTP_CONNECT_TIMEOUT);
    return options;
  }

  /**
   * Resolves {@code vfsUri} with a manager of its own and checks that it is a directory, or, for
   * schemes that cannot list (http), that it exists.
   */
  private static Mount mount(String vfsUri, FileSystemOptions options, String display)
      throws IOException {
    return mount(vfsUri, options, display, null);
  }

  /** As above; HTTPS servers must present a certificate chaining to {@code trusted} if given. */
  private static Mount mount(
      String vfsUri, FileSystemOptions options, String display, KeyStore trusted)
      throws IOException {
    StandardFileSystemManager manager;
    try {
      manager = VfsManagers.open(trusted);
    } catch (FileSystemException e) {
      throw mountFailure(display, e);
    }
    try {
      FileObject root = manager.resolveFile(vfsUri, options);
      FileType type = root.getType();
      if (type == FileType.IMAGINARY) {
        throw new NoSuchFileException(display, null, "no such directory");
      }
      org.apache.commons.vfs2.FileSystem vfs = root.getFileSystem();
      if (vfs.hasCapability(Capability.LIST_CHILDREN) && !type.hasChildren()) {
        throw new NotDirectoryException(display);
      }
      boolean readOnly = !vfs.hasCapability(Capability.WRITE_CONTENT);
      VfsFileSystem fileSystem =
          VfsFileSystemProvider.INSTANCE.register(root, manager::close, readOnly, display);
      Mount mount = Mount.of(fileSystem.rootPath()).closing(fileSystem);
      return readOnly ? mount.readOnly() : mount;
    } catch (FileSystemException e) {
      manager.close();
      throw mountFailure(display, e);
    } catch (IOException | RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  private static IOException mountFailure(String display, FileSystemException e) {
    IOException failure = new IOException("cannot mount " + display + ": " + VfsErrors.describe(e));
    Throwable cause = VfsErrors.firstExternalCause(e);
    if (cause != null) {
      failure.initCause(cause);
    }
    return failure;
  }

  private static String mask(URI uri) {
    return MaskedUri.mask(uri.toString());
  }
}
