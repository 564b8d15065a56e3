package dev.wasi4j.fs.vfs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Mount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArchiveMountTest {
  @TempDir Path temp;
  @AutoClose final OpenMounts mounts = new OpenMounts();

  /** Each archive format, built by the test and mounted through the factory for its name. */
  enum Format {
    ZIP("tree.zip"),
    JAR("tree.jar"),
    TAR("tree.tar"),
    TGZ("tree.tar.gz"),
    TBZ2("tree.tbz2");

    final String fileName;

    Format(String fileName) {
      this.fileName = fileName;
    }

    Mount build(Path dir) throws IOException {
      Path archive = dir.resolve(fileName);
      switch (this) {
        case ZIP:
          return VfsMounts.zip(SampleTree.writeZip(archive));
        case JAR:
          return VfsMounts.jar(SampleTree.writeZip(archive));
        case TAR:
          return VfsMounts.tar(SampleTree.writeTar(archive, Archives.Compression.NONE));
        case TGZ:
          return VfsMounts.tar(SampleTree.writeTar(archive, Archives.Compression.GZIP));
        default:
          return VfsMounts.tar(SampleTree.writeTar(archive, Archives.Compression.BZIP2));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void mountShowsTheArchiveTree(Format format) throws IOException {
    Mount mount = mounts.track(format.build(temp));
    assertTrue(mount.isReadOnly());
    assertTrue(mount.root().getFileSystem().isReadOnly());
    SampleTree.assertMatches(mount.root());
    Path unicode = mount.root().resolve("données/日本.txt");
    assertEquals("こんにちは, VFS\n", Files.readString(unicode, UTF_8));
    assertTrue(Files.isDirectory(mount.root().resolve("vide")));
    try (var entries = Files.list(mount.root().resolve("vide"))) {
      assertEquals(0, entries.count());
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyWriteIsRefused(Format format) throws IOException {
    Mount mount = mounts.track(format.build(temp));
    Path root = mount.root();
    Path top = root.resolve("top.txt");
    assertThrows(ReadOnlyFileSystemException.class, () -> Files.writeString(top, "x"));
    assertThrows(
        ReadOnlyFileSystemException.class,
        () ->
            Files.newByteChannel(
                root.resolve("new.txt"), StandardOpenOption.CREATE, StandardOpenOption.WRITE));
    assertThrows(ReadOnlyFileSystemException.class, () -> Files.createDirectory(root.resolve("d")));
    assertThrows(ReadOnlyFileSystemException.class, () -> Files.delete(top));
    assertThrows(
        ReadOnlyFileSystemException.class, () -> Files.move(top, root.resolve("moved.txt")));
    assertThrows(
        ReadOnlyFileSystemException.class,
        () -> Files.copy(top, root.resolve("copy.txt"), StandardCopyOption.REPLACE_EXISTING));
    assertThrows(
        ReadOnlyFileSystemException.class,
        () ->
            Files.getFileAttributeView(top, BasicFileAttributeView.class)
                .setTimes(FileTime.fromMillis(0), null, null));
    assertThrows(
        AccessDeniedException.class,
        () -> top.getFileSystem().provider().checkAccess(top, AccessMode.WRITE));
    assertFalse(Files.isWritable(top));
    assertTrue(Files.isReadable(top));
    assertEquals("top level\n", Files.readString(top), "the archive is unchanged");
  }

  @Test
  void symbolicAndHardLinksAreUnsupported() throws IOException {
    Mount mount = mounts.track(Format.ZIP.build(temp));
    Path root = mount.root();
    Path top = root.resolve("top.txt");
    assertThrows(
        UnsupportedOperationException.class,
        () -> Files.createSymbolicLink(root.resolve("link"), top));
    assertThrows(
        UnsupportedOperationException.class, () -> Files.createLink(root.resolve("l"), top));
    assertThrows(java.nio.file.NotLinkException.class, () -> Files.readSymbolicLink(top));
    assertThrows(NoSuchFileException.class, () -> Files.readSymbolicLink(root.resolve("none")));
    assertFalse(Files.isSymbolicLink(top));
  }

  @Test
  void compressedTarsMountWhateverTheirNames() throws IOException {
    Path gzip = SampleTree.writeTar(temp.resolve("tree.data"), Archives.Compression.GZIP);
    Path bzip2 = SampleTree.writeTar(temp.resolve("tree.bin"), Archives.Compression.BZIP2);
    SampleTree.assertMatches(mounts.track(VfsMounts.tgz(gzip)).root());
    SampleTree.assertMatches(mounts.track(VfsMounts.tbz2(bzip2)).root());
    assertThrows(IOException.class, () -> VfsMounts.tgz(bzip2), "bzip2 is not gzip");
  }

  @Test
  void missingArchiveFailsAtMountTime() {
    Path missing = temp.resolve("missing.zip");
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> VfsMounts.zip(missing));
    assertTrue(e.getMessage().contains("zip:" + missing.toUri()), e.getMessage());
  }

  @Test
  void archiveRootThatIsAFileFailsAtMountTime() throws IOException {
    Path zip = SampleTree.writeZip(temp.resolve("tree.zip"));
    String uri = "zip:" + zip.toUri() + "!/top.txt";
    NotDirectoryException e = assertThrows(NotDirectoryException.class, () -> VfsMounts.uri(uri));
    assertTrue(e.getMessage().contains(uri), e.getMessage());
  }

  @Test
  void corruptArchiveFailsAtMountTime() throws IOException {
    Path bogus = Files.writeString(temp.resolve("bogus.zip"), "not a zip at all");
    IOException e = assertThrows(IOException.class, () -> VfsMounts.zip(bogus));
    assertTrue(e.getMessage().contains(bogus.toUri().toString()), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void entriesSeekBackwardsAndForwards(Format format) throws IOException {
    Mount mount = mounts.track(format.build(temp));
    try (SeekableByteChannel channel = Files.newByteChannel(mount.root().resolve("top.txt"))) {
      assertEquals(10, channel.size());
      assertEquals("top ", read(channel, 4));
      channel.position(6);
      assertEquals("vel", read(channel, 3));
      channel.position(0);
      assertEquals("top", read(channel, 3));
      channel.position(50);
      assertEquals(-1, channel.read(ByteBuffer.allocate(4)), "past the end reads nothing");
    }
  }

  /**
   * VFS's tar schemes share one stream per archive, so opening one entry breaks the stream of
   * another; interleaved reads must still return each entry's bytes. The entries are larger than
   * VFS's 8 KiB read buffer so that the streams are really read while both are open.
   */
  @ParameterizedTest
  @EnumSource(value = Archives.Compression.class)
  void interleavedReadsOfTwoTarEntriesAreCorrect(Archives.Compression compression)
      throws IOException {
    byte[] first = pattern('a', 100_000);
    byte[] second = pattern('k', 100_000);
    String name =
        "two"
            + Map.of(
                    Archives.Compression.NONE,
                    ".tar",
                    Archives.Compression.GZIP,
                    ".tgz",
                    Archives.Compression.BZIP2,
                    ".tbz2")
                .get(compression);
    Path tar = Archives.tar(temp.resolve(name), compression, twoEntries(first, second));
    assertInterleavedReads(mounts.track(VfsMounts.tar(tar)).root(), first, second);
  }

  @Test
  void interleavedReadsOfTwoZipEntriesAreCorrect() throws IOException {
    byte[] first = pattern('a', 100_000);
    byte[] second = pattern('k', 100_000);
    Path zip = Archives.zip(temp.resolve("two.zip"), twoEntries(first, second));
    assertInterleavedReads(mounts.track(VfsMounts.zip(zip)).root(), first, second);
  }

  private static void assertInterleavedReads(Path root, byte[] first, byte[] second)
      throws IOException {
    try (SeekableByteChannel one = Files.newByteChannel(root.resolve("first.bin"));
        SeekableByteChannel two = Files.newByteChannel(root.resolve("second.bin"))) {
      ByteArrayOutputStream readOne = new ByteArrayOutputStream();
      ByteArrayOutputStream readTwo = new ByteArrayOutputStream();
      boolean more = true;
      while (more) {
        more = copyChunk(one, readOne) | copyChunk(two, readTwo);
      }
      assertArrayEquals(first, readOne.toByteArray());
      assertArrayEquals(second, readTwo.toByteArray());
    }
  }

  private static boolean copyChunk(SeekableByteChannel channel, ByteArrayOutputStream sink)
      throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(20_000);
    int count = channel.read(chunk);
    sink.write(chunk.array(), 0, Math.max(count, 0));
    return count >= 0;
  }

  private static Map<String, byte[]> twoEntries(byte[] first, byte[] second) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("first.bin", first);
    entries.put("second.bin", second);
    return entries;
  }

  /** {@code length} bytes cycling through 10 letters from {@code start}. */
  private static byte[] pattern(char start, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (start + i % 10);
    }
    return bytes;
  }

  @Test
  void directoriesAndFilesAreWhatTheyAre() throws IOException {
    Mount mount = mounts.track(Format.TGZ.build(temp));
    Path root = mount.root();
    assertThrows(NoSuchFileException.class, () -> Files.size(root.resolve("nope.txt")));
    assertThrows(NoSuchFileException.class, () -> Files.newByteChannel(root.resolve("nope")));
    assertThrows(
        NotDirectoryException.class, () -> Files.newDirectoryStream(root.resolve("top.txt")));
    assertThrows(
        java.nio.file.FileSystemException.class, () -> Files.newByteChannel(root.resolve("vide")));
    assertEquals("tgz", Files.getFileStore(root).type());
    assertTrue(Files.getFileStore(root).isReadOnly());
  }

  private static String read(SeekableByteChannel channel, int count) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(count);
    while (buffer.hasRemaining() && channel.read(buffer) > 0) {
      // keep reading: channels may return short counts
    }
    return new String(buffer.array(), 0, buffer.position(), UTF_8);
  }
}
