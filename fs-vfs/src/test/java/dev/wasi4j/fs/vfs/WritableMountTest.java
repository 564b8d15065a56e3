package dev.wasi4j.fs.vfs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Mount;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The provider's read-write behaviour on the two writable schemes that need no server. */
class WritableMountTest {
  @TempDir Path temp;
  @AutoClose final OpenMounts mounts = new OpenMounts();

  /** A writable scheme, mounted fresh for each test. */
  enum Scheme {
    RAM,
    LOCAL;

    Mount mount(Path temp) throws IOException {
      return this == RAM ? VfsMounts.ram() : VfsMounts.local(temp);
    }
  }

  private Path mount(Scheme scheme) throws IOException {
    Mount mount = mounts.track(scheme.mount(temp));
    assertFalse(mount.isReadOnly());
    assertFalse(mount.root().getFileSystem().isReadOnly());
    return mount.root();
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void writesAndReadsBack(Scheme scheme) throws IOException {
    Path root = mount(scheme);
    SampleTree.writeTo(root);
    SampleTree.assertMatches(root);
    if (scheme == Scheme.LOCAL) {
      SampleTree.assertMatches(temp);
    }
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void channelsHonourOpenOptions(Scheme scheme) throws IOException {
    Path root = mount(scheme);
    Path file = root.resolve("file.txt");
    assertThrows(NoSuchFileException.class, () -> Files.newByteChannel(file));
    assertThrows(
        NoSuchFileException.class, () -> Files.newByteChannel(file, StandardOpenOption.WRITE));
    Files.writeString(file, "hello world");
    assertThrows(
        FileAlreadyExistsException.class,
        () -> Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    Files.writeString(file, "!", StandardOpenOption.APPEND);
    assertEquals("hello world!", Files.readString(file));
    try (SeekableByteChannel channel =
        Files.newByteChannel(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      assertEquals(12, channel.size());
      channel.position(6);
      channel.write(ByteBuffer.wrap("WORLD".getBytes(UTF_8)));
      channel.position(0);
      ByteBuffer start = ByteBuffer.allocate(5);
      channel.read(start);
      assertEquals("hello", new String(start.array(), UTF_8));
      channel.truncate(8);
      assertEquals(8, channel.size());
      assertEquals(5, channel.position(), "truncating above the position keeps it");
      channel.truncate(3);
      assertEquals(3, channel.position(), "truncating below the position moves it");
    }
    assertEquals("hel", Files.readString(file));
    Files.writeString(file, "new", StandardOpenOption.TRUNCATE_EXISTING);
    assertEquals("new", Files.readString(file));
    try (SeekableByteChannel sparse =
        Files.newByteChannel(
            root.resolve("sparse.bin"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      sparse.position(4);
      sparse.write(ByteBuffer.allocateDirect(2).put(new byte[] {7, 8}).flip());
    }
    assertArrayEquals(
        new byte[] {0, 0, 0, 0, 7, 8}, Files.readAllBytes(root.resolve("sparse.bin")));
    assertThrows(
        NoSuchFileException.class,
        () ->
            Files.newByteChannel(
                root.resolve("no/such/dir.txt"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE));
    assertThrows(
        NotDirectoryException.class,
        () ->
            Files.newByteChannel(
                file.resolve("under-a-file"), StandardOpenOption.CREATE, StandardOpenOption.WRITE));
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void directoriesFollowPosixRules(Scheme scheme) throws IOException {
    Path root = mount(scheme);
    Path dir = Files.createDirectory(root.resolve("dir"));
    assertThrows(FileAlreadyExistsException.class, () -> Files.createDirectory(dir));
    assertThrows(
        NoSuchFileException.class, () -> Files.createDirectory(root.resolve("missing/child")));
    Files.writeString(dir.resolve("a.txt"), "a");
    Files.writeString(dir.resolve("b.log"), "b");
    assertThrows(
        NotDirectoryException.class, () -> Files.createDirectory(dir.resolve("a.txt/sub")));
    assertThrows(DirectoryNotEmptyException.class, () -> Files.delete(dir));
    try (DirectoryStream<Path> texts = Files.newDirectoryStream(dir, "*.txt")) {
      List<Path> found = new ArrayList<>();
      texts.forEach(found::add);
      assertEquals(List.of(dir.resolve("a.txt")), found);
    }
    Files.delete(dir.resolve("a.txt"));
    Files.delete(dir.resolve("b.log"));
    assertThrows(NoSuchFileException.class, () -> Files.delete(dir.resolve("b.log")));
    Files.delete(dir);
    assertFalse(Files.exists(dir));
    assertThrows(java.nio.file.FileSystemException.class, () -> Files.delete(root));
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void moveAndCopyWithinTheMount(Scheme scheme) throws IOException {
    Path root = mount(scheme);
    Path a = Files.writeString(root.resolve("a.txt"), "A");
    Path b = Files.writeString(root.resolve("b.txt"), "B");
    assertThrows(FileAlreadyExistsException.class, () -> Files.move(a, b));
    assertThrows(
        AtomicMoveNotSupportedException.class,
        () -> Files.move(a, root.resolve("c.txt"), StandardCopyOption.ATOMIC_MOVE));
    Files.move(a, b, StandardCopyOption.REPLACE_EXISTING);
    assertFalse(Files.exists(a));
    assertEquals("A", Files.readString(b));
    Path dir = Files.createDirectories(root.resolve("dir/sub"));
    Files.writeString(dir.resolve("inside.txt"), "inside");
    Files.move(root.resolve("dir"), root.resolve("renamed"));
    assertEquals("inside", Files.readString(root.resolve("renamed/sub/inside.txt")));
    assertThrows(
        java.nio.file.FileSystemException.class,
        () -> Files.move(root.resolve("renamed"), root.resolve("renamed/sub/into-itself")));
    Path empty = Files.createDirectory(root.resolve("empty"));
    assertThrows(
        DirectoryNotEmptyException.class,
        () -> Files.move(empty, root.resolve("renamed"), StandardCopyOption.REPLACE_EXISTING));
    Files.copy(b, root.resolve("copy.txt"));
    assertEquals("A", Files.readString(root.resolve("copy.txt")));
    assertThrows(FileAlreadyExistsException.class, () -> Files.copy(b, root.resolve("copy.txt")));
    Files.copy(root.resolve("renamed"), root.resolve("copied-dir"));
    assertTrue(Files.isDirectory(root.resolve("copied-dir")));
    try (var entries = Files.list(root.resolve("copied-dir"))) {
      assertEquals(0, entries.count(), "copying a directory copies no entries, as Files.copy says");
    }
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void moveAndCopyBetweenMounts(Scheme scheme) throws IOException {
    Path root = mount(scheme);
    Path other = mounts.track(VfsMounts.ram()).root();
    Path source = Files.writeString(root.resolve("travel.txt"), "far");
    Path target = other.resolve("arrived.txt");
    Files.move(source, target);
    assertFalse(Files.exists(source));
    assertEquals("far", Files.readString(target));
    Files.createDirectories(root.resolve("full/child"));
    assertThrows(
        DirectoryNotEmptyException.class,
        () -> Files.move(root.resolve("full"), other.resolve("full")));
    assertFalse(Files.exists(other.resolve("full")), "nothing half-moved");
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void attributesAndTimes(Scheme scheme) throws IOException {
    Path root = mount(scheme);
    Path file = Files.writeString(root.resolve("f.txt"), "12345");
    BasicFileAttributes attributes =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    assertTrue(attributes.isRegularFile());
    assertFalse(attributes.isDirectory() || attributes.isSymbolicLink() || attributes.isOther());
    assertEquals(5, attributes.size());
    FileTime stamp = FileTime.fromMillis(1_600_000_000_000L);
    BasicFileAttributeView times = Files.getFileAttributeView(file, BasicFileAttributeView.class);
    times.setTimes(stamp, stamp, null);
    assertEquals(stamp, Files.getLastModifiedTime(file));
    assertEquals(stamp, Files.readAttributes(file, BasicFileAttributes.class).lastAccessTime());
    // One time per file: a different access time cannot be stored and is refused, not dropped.
    assertThrows(
        UnsupportedOperationException.class,
        () -> times.setTimes(stamp, FileTime.fromMillis(1_700_000_000_000L), null));
    // Millisecond times: a finer one cannot be stored and is refused, not rounded.
    assertThrows(
        UnsupportedOperationException.class,
        () ->
            times.setTimes(
                FileTime.from(java.time.Instant.ofEpochSecond(1_600_000_000L, 123_456_789)),
                null,
                null));
    assertEquals(stamp, Files.getLastModifiedTime(file));
    Files.setLastModifiedTime(root, stamp);
    assertEquals(stamp, Files.getLastModifiedTime(root));
    Map<String, Object> unix = Files.readAttributes(file, "unix:ino,dev,nlink,mode,ctime,size");
    assertEquals(Set.of("ino", "dev", "nlink", "mode", "ctime", "size"), unix.keySet());
    assertEquals(1, unix.get("nlink"));
    assertEquals(0100000, (int) unix.get("mode") & 0170000, "regular file type bits");
    assertEquals(0600, (int) unix.get("mode") & 0600, "owner can read and write");
    assertEquals(2, Files.getAttribute(root, "unix:nlink"));
    assertEquals(0040000, (int) Files.getAttribute(root, "unix:mode") & 0170000);
    assertEquals(5L, Files.getAttribute(file, "size"));
    assertEquals(
        new TreeSet<>(
            List.of(
                "creationTime",
                "fileKey",
                "isDirectory",
                "isOther",
                "isRegularFile",
                "isSymbolicLink",
                "lastAccessTime",
                "lastModifiedTime",
                "size")),
        new TreeSet<>(Files.readAttributes(file, "*").keySet()));
    assertThrows(IllegalArgumentException.class, () -> Files.getAttribute(file, "unix:owner"));
    assertThrows(UnsupportedOperationException.class, () -> Files.getAttribute(file, "dos:hidden"));
    assertThrows(
        UnsupportedOperationException.class,
        () -> Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class));
    assertTrue(Files.isReadable(file) && Files.isWritable(file));
    assertTrue(Files.isExecutable(root), "directories are searchable");
    FileStore store = Files.getFileStore(file);
    assertFalse(store.isReadOnly());
    if (scheme == Scheme.LOCAL) {
      assertEquals(Files.getFileStore(temp).getTotalSpace(), store.getTotalSpace());
    } else {
      assertEquals(0, store.getTotalSpace(), "VFS cannot tell a ram tree's size");
    }
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void pathsRoundTripThroughUris(Scheme scheme) throws IOException {
    Path root = mount(scheme);
    Path odd = Files.writeString(root.resolve("odd name %41 ?#!.txt"), "odd");
    Path unicode = Files.createDirectories(root.resolve("données/日本"));
    for (Path path : List.of(root, odd, unicode)) {
      Path back = Paths.get(path.toUri());
      assertEquals(path, back);
      assertTrue(Files.isSameFile(path, back));
    }
    assertEquals("odd", Files.readString(odd));
    try (var names = Files.list(root)) {
      assertEquals(
          new TreeSet<>(List.of("données", "odd name %41 ?#!.txt")),
          names
              .map(p -> p.getFileName().toString())
              .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
    assertTrue(path(root, "données/../données/日本").toRealPath().endsWith("données/日本"));
  }

  /** VFS reads an escaped backslash as a separator, so "..\x" must not get to VFS. */
  @ParameterizedTest
  @EnumSource(Scheme.class)
  void backslashNamesAreRefusedNotFollowedOutOfTheMount(Scheme scheme) throws IOException {
    Path inner = Files.createDirectories(temp.resolve("outer/inner"));
    Path root =
        mounts.track(scheme == Scheme.RAM ? VfsMounts.ram() : VfsMounts.local(inner)).root();
    for (String name : List.of("..\\escape.txt", "x\\..\\..\\escape.txt", "a\\b")) {
      java.nio.file.FileSystemException e =
          assertThrows(
              java.nio.file.FileSystemException.class,
              () -> Files.writeString(root.resolve(name), "out"));
      assertTrue(e.getReason().startsWith("Invalid argument"), e.getReason());
    }
    try (var everything = Files.walk(temp)) {
      assertEquals(
          List.of(temp, temp.resolve("outer"), inner),
          everything.sorted().collect(java.util.stream.Collectors.toList()));
    }
    try (var entries = Files.list(root)) {
      assertEquals(0, entries.count());
    }
  }

  /** VFS's local provider follows host links; those that lead out of the mount are refused. */
  @Test
  void hostLinksOutOfALocalMountAreRefused() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "secret");
    Path inner = Files.createDirectories(temp.resolve("mounted"));
    Files.writeString(inner.resolve("real.txt"), "real");
    Files.createSymbolicLink(inner.resolve("escape"), outside);
    Files.createSymbolicLink(inner.resolve("secret-link.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(inner.resolve("alias.txt"), inner.resolve("real.txt"));
    Path root = mounts.track(VfsMounts.local(inner)).root();

    assertThrows(
        AccessDeniedException.class, () -> Files.readString(root.resolve("escape/secret.txt")));
    assertThrows(
        AccessDeniedException.class, () -> Files.readString(root.resolve("secret-link.txt")));
    assertThrows(
        AccessDeniedException.class,
        () -> Files.writeString(root.resolve("escape/planted.txt"), "planted"));
    assertThrows(
        AccessDeniedException.class, () -> Files.delete(root.resolve("escape/secret.txt")));
    assertFalse(Files.exists(outside.resolve("planted.txt")));
    assertEquals("secret", Files.readString(outside.resolve("secret.txt")));
    assertEquals("real", Files.readString(root.resolve("alias.txt")), "links within stay usable");
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void closedFileSystemRefusesWork(Scheme scheme) throws IOException {
    Path root = mount(scheme);
    Path file = Files.writeString(root.resolve("f.txt"), "x");
    java.net.URI uri = file.toUri();
    FileSystem fileSystem = root.getFileSystem();
    fileSystem.close();
    assertFalse(fileSystem.isOpen());
    assertThrows(ClosedFileSystemException.class, () -> Files.readString(file));
    assertThrows(java.nio.file.FileSystemNotFoundException.class, () -> Paths.get(uri));
  }

  private static Path path(Path root, String relative) {
    return root.resolve(relative);
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void eachMountIsItsOwnTree(Scheme scheme) throws IOException {
    Path root = mount(scheme);
    Path second =
        mounts
            .track(
                scheme == Scheme.RAM
                    ? VfsMounts.ram()
                    : VfsMounts.local(Files.createDirectories(temp.resolve("second"))))
            .root();
    Files.writeString(root.resolve("only-in-first.txt"), "1");
    assertFalse(Files.exists(second.resolve("only-in-first.txt")));
    assertNotEquals(root.getFileSystem(), second.getFileSystem());
  }
}
