package dev.wasi4j.fs.vfs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Mount;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The http scheme against a real HTTP server. VFS's HTTP providers cannot list directories (their
 * {@code doListChildren} is unimplemented and they report every URL as a file), so files are read
 * by known paths, and listing is checked to fail clearly.
 */
class HttpMountTest {
  @TempDir Path temp;
  @AutoClose final OpenMounts mounts = new OpenMounts();
  private Path documents;
  private StaticHttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    documents = Files.createDirectories(temp.resolve("www"));
    SampleTree.writeTo(documents.resolve("tree"));
    server = new StaticHttpServer(documents);
  }

  @AfterEach
  void stopServer() throws IOException {
    // Clients first, then the server they talk to.
    mounts.close();
    server.close();
  }

  @Test
  void readsFilesByTheirPaths() throws IOException {
    Mount mount = mounts.track(VfsMounts.http(server.uri("/tree/")));
    Path root = mount.root();
    assertTrue(mount.isReadOnly());
    assertTrue(mount.root().getFileSystem().isReadOnly());
    assertTrue(Files.isDirectory(root), "the base URL is the mount's directory");
    for (Map.Entry<String, String> file : SampleTree.FILES.entrySet()) {
      Path path = root.resolve(file.getKey());
      assertEquals(file.getValue(), Files.readString(path, UTF_8), file.getKey());
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      assertTrue(attributes.isRegularFile());
      assertEquals(file.getValue().getBytes(UTF_8).length, attributes.size());
      assertEquals(
          Files.getLastModifiedTime(documents.resolve("tree").resolve(file.getKey())).toMillis()
              / 1000,
          attributes.lastModifiedTime().toMillis() / 1000,
          "Last-Modified has whole seconds");
    }
    assertThrows(NoSuchFileException.class, () -> Files.readString(root.resolve("missing.txt")));
    assertThrows(NoSuchFileException.class, () -> Files.size(root.resolve("nested/nope")));
  }

  @Test
  void seeksWithRangeRequests() throws IOException {
    Files.writeString(documents.resolve("digits.txt"), "0123456789");
    Mount mount = mounts.track(VfsMounts.http(server.uri("/")));
    try (SeekableByteChannel channel = Files.newByteChannel(mount.root().resolve("digits.txt"))) {
      assertEquals(10, channel.size());
      channel.position(6);
      ByteBuffer tail = ByteBuffer.allocate(4);
      channel.read(tail);
      assertEquals("6789", new String(tail.array(), UTF_8));
      channel.position(1);
      ByteBuffer two = ByteBuffer.allocate(2);
      channel.read(two);
      assertEquals("12", new String(two.array(), UTF_8));
    }
  }

  @Test
  void listingIsUnsupportedAndWritesAreRefused() throws IOException {
    Mount mount = mounts.track(VfsMounts.http(server.uri("/tree")));
    Path root = mount.root();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(root)) {
      assertThrows(UnsupportedOperationException.class, listing::iterator);
    }
    assertThrows(UnsupportedOperationException.class, () -> Files.list(root));
    assertTrue(Files.isDirectory(root.toRealPath()), "opening the root as wasi4j does works");
    assertFalse(Files.isDirectory(root.resolve("nested")), "VFS calls every URL a file");
    assertThrows(
        ReadOnlyFileSystemException.class, () -> Files.writeString(root.resolve("x"), "x"));
    assertThrows(ReadOnlyFileSystemException.class, () -> Files.delete(root.resolve("top.txt")));
    assertThrows(ReadOnlyFileSystemException.class, () -> Files.createDirectory(root.resolve("d")));
    assertThrows(
        ReadOnlyFileSystemException.class,
        () -> Files.setLastModifiedTime(root.resolve("top.txt"), FileTime.fromMillis(0)));
  }

  @Test
  void archiveServedOverHttpMountsWithListing() throws IOException {
    SampleTree.writeZip(documents.resolve("tree.zip"));
    Mount mount = mounts.track(VfsMounts.uri("zip:" + server.uri("/tree.zip") + "!/"));
    assertTrue(mount.isReadOnly());
    SampleTree.assertMatches(mount.root());
  }

  @Test
  void missingBaseAndUnreachableServerFailAtMountTime() throws IOException {
    URI missing = server.uri("/no-such-dir/");
    NoSuchFileException notThere =
        assertThrows(NoSuchFileException.class, () -> VfsMounts.http(missing));
    assertTrue(notThere.getMessage().contains(missing.toString()), notThere.getMessage());

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI unreachable = URI.create("http://user:hunter2@127.0.0.1:" + closedPort + "/tree/");
    IOException e = assertThrows(IOException.class, () -> VfsMounts.http(unreachable));
    assertTrue(
        e.getMessage().contains("http://user:***@127.0.0.1:" + closedPort + "/tree/"),
        e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> VfsMounts.http(URI.create("ftp://x/")));
  }
}
