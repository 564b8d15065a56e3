package dev.wasi4j.fs.vfs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Mount;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.time.Duration;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sftp scheme against a real in-process SFTP server. */
class SftpMountTest {
  @TempDir Path temp;
  @AutoClose final OpenMounts mounts = new OpenMounts();
  private Path home;
  private SftpServer server;
  private SftpOptions login;

  @BeforeEach
  void startServer() throws Exception {
    home = Files.createDirectories(temp.resolve("home"));
    server = new SftpServer(home, temp.resolve("hostkey.pem"));
    login = server.passwordLogin(temp.resolve("known_hosts"));
  }

  @AfterEach
  void stopServer() throws IOException {
    // Sessions first, then the server they talk to.
    mounts.close();
    server.close();
  }

  @Test
  void readsTheServersTree() throws IOException {
    SampleTree.writeTo(home);
    Mount mount = mounts.track(VfsMounts.sftp(server.uri("/"), login));
    assertFalse(mount.isReadOnly());
    assertFalse(mount.root().getFileSystem().isReadOnly());
    SampleTree.assertMatches(mount.root());
    assertEquals("sftp", Files.getFileStore(mount.root()).type());
  }

  @Test
  void changesReachTheServersDisk() throws IOException {
    Files.createDirectories(home.resolve("share"));
    Mount mount = mounts.track(VfsMounts.sftp(server.uri("/share"), login));
    Path root = mount.root();
    Path report = root.resolve("report.txt");
    Files.writeString(report, "written over sftp\n");
    assertEquals("written over sftp\n", Files.readString(home.resolve("share/report.txt")));
    Files.writeString(report, "more\n", StandardOpenOption.APPEND);
    assertEquals("written over sftp\nmore\n", Files.readString(home.resolve("share/report.txt")));
    Files.writeString(report, "replaced", StandardOpenOption.TRUNCATE_EXISTING);
    assertEquals("replaced", Files.readString(home.resolve("share/report.txt")));

    long ino = (long) Files.getAttribute(report, "unix:ino");
    Files.createDirectory(root.resolve("archive"));
    assertTrue(Files.isDirectory(home.resolve("share/archive")));
    Path moved = Files.move(report, root.resolve("archive/report-1.txt"));
    assertFalse(Files.exists(home.resolve("share/report.txt")));
    assertEquals("replaced", Files.readString(home.resolve("share/archive/report-1.txt")));
    assertEquals(ino, (long) Files.getAttribute(moved, "unix:ino"));

    assertThrows(DirectoryNotEmptyException.class, () -> Files.delete(root.resolve("archive")));
    Files.delete(moved);
    assertFalse(Files.exists(home.resolve("share/archive/report-1.txt")));
    Files.delete(root.resolve("archive"));
    assertFalse(Files.exists(home.resolve("share/archive")));

    Path stamped = Files.writeString(root.resolve("stamped.txt"), "t");
    FileTime time = FileTime.fromMillis(1_500_000_000_000L);
    Files.setLastModifiedTime(stamped, time);
    assertEquals(time, Files.getLastModifiedTime(home.resolve("share/stamped.txt")));
    assertEquals(time, Files.getLastModifiedTime(stamped));
    assertThrows(
        UnsupportedOperationException.class,
        () -> Files.setLastModifiedTime(root, time),
        "VFS's sftp scheme cannot set a directory's time");
  }

  @Test
  void channelsReadAnywhereButWriteInOrder() throws IOException {
    Files.writeString(home.resolve("data.txt"), "0123456789");
    Mount mount = mounts.track(VfsMounts.sftp(server.uri("/"), login));
    Path data = mount.root().resolve("data.txt");
    try (SeekableByteChannel channel = Files.newByteChannel(data)) {
      channel.position(7);
      ByteBuffer tail = ByteBuffer.allocate(3);
      channel.read(tail);
      assertEquals("789", new String(tail.array(), UTF_8));
      channel.position(2);
      ByteBuffer middle = ByteBuffer.allocate(2);
      channel.read(middle);
      assertEquals("23", new String(middle.array(), UTF_8));
    }
    // Access denied, not unsupported: wasi4j then opens the file write-only.
    assertThrows(
        AccessDeniedException.class,
        () -> Files.newByteChannel(data, StandardOpenOption.READ, StandardOpenOption.WRITE));
    try (SeekableByteChannel onlyWrite = Files.newByteChannel(data, StandardOpenOption.WRITE)) {
      assertEquals(10, onlyWrite.size());
      assertThrows(
          UnsupportedOperationException.class,
          () -> onlyWrite.write(ByteBuffer.wrap("X".getBytes(UTF_8))),
          "overwriting in place is not possible");
      // What wasi4j does for O_APPEND: move to the end, then write.
      onlyWrite.position(onlyWrite.size()).write(ByteBuffer.wrap("ab".getBytes(UTF_8)));
      assertEquals(12, onlyWrite.size());
      assertThrows(UnsupportedOperationException.class, () -> onlyWrite.position(0));
    }
    assertEquals("0123456789ab", Files.readString(home.resolve("data.txt")));
    try (SeekableByteChannel onlyWrite = Files.newByteChannel(data, StandardOpenOption.WRITE)) {
      assertThrows(UnsupportedOperationException.class, () -> onlyWrite.truncate(5));
      onlyWrite.truncate(0).write(ByteBuffer.wrap("afresh".getBytes(UTF_8)));
    }
    assertEquals("afresh", Files.readString(home.resolve("data.txt")));
    try (SeekableByteChannel untouched = Files.newByteChannel(data, StandardOpenOption.WRITE)) {
      untouched.position(3);
    }
    assertEquals("afresh", Files.readString(home.resolve("data.txt")), "no write, no change");
    try (SeekableByteChannel out =
        Files.newByteChannel(
            mount.root().resolve("new.txt"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      out.write(ByteBuffer.wrap("abc".getBytes(UTF_8)));
      assertEquals(3, out.position());
      assertThrows(UnsupportedOperationException.class, () -> out.position(0));
    }
    assertEquals("abc", Files.readString(home.resolve("new.txt")));
  }

  /** JSch would expand "a?" to "a1": such names must not reach it. */
  @Test
  void globCharactersAreRefusedRatherThanExpanded() throws IOException {
    Files.writeString(home.resolve("a1"), "keep me");
    Files.writeString(home.resolve("zz1"), "keep me too");
    Path root = mounts.track(VfsMounts.sftp(server.uri("/"), login)).root();
    assertThrows(java.nio.file.FileSystemException.class, () -> Files.delete(root.resolve("a?")));
    assertThrows(
        java.nio.file.FileSystemException.class,
        () -> Files.writeString(root.resolve("zz*"), "clobber"));
    java.nio.file.FileSystemException e =
        assertThrows(java.nio.file.FileSystemException.class, () -> Files.size(root.resolve("a*")));
    assertTrue(e.getReason().startsWith("Invalid argument"), e.getReason());
    assertEquals("keep me", Files.readString(home.resolve("a1")));
    assertEquals("keep me too", Files.readString(home.resolve("zz1")));
    assertEquals("keep me", Files.readString(root.resolve("a1")));
  }

  @Test
  void logsInWithAPrivateKey() throws IOException, GeneralSecurityException {
    Files.writeString(home.resolve("hello.txt"), "key login");
    Path key = temp.resolve("id_ecdsa");
    try (OutputStream out = Files.newOutputStream(key)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(server.clientKeys(), "test", null, out);
    }
    SftpOptions byKey =
        SftpOptions.user(SftpServer.USER)
            .withPrivateKey(key, null)
            .withKnownHosts(temp.resolve("known_hosts"));
    Mount mount = mounts.track(VfsMounts.sftp(server.uri("/"), byKey));
    assertEquals("key login", Files.readString(mount.root().resolve("hello.txt")));
  }

  @Test
  void badPasswordFailsAtMountTimeWithThePasswordMasked() {
    SftpOptions wrong =
        SftpOptions.user(SftpServer.USER)
            .withPassword("not-the-password".toCharArray())
            .withKnownHosts(temp.resolve("known_hosts"));
    IOException e = assertThrows(IOException.class, () -> VfsMounts.sftp(server.uri("/"), wrong));
    String expected = "sftp://alice:***@127.0.0.1:" + server.port() + "/";
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
  }

  @Test
  void passwordInTheUriIsUsedAndMasked() throws IOException {
    URI good =
        URI.create("sftp://alice:" + SftpServer.PASSWORD + "@127.0.0.1:" + server.port() + "/");
    SftpOptions userOnly = SftpOptions.user("alice").withKnownHosts(temp.resolve("known_hosts"));
    Mount mount = mounts.track(VfsMounts.sftp(good, userOnly));
    assertTrue(Files.isDirectory(mount.root()));
    assertFalse(mount.root().toUri().toString().contains(SftpServer.PASSWORD));
    assertFalse(mount.root().getFileSystem().toString().contains(SftpServer.PASSWORD));

    URI bad = URI.create("sftp://alice:wrong-in-uri@127.0.0.1:" + server.port() + "/");
    IOException e = assertThrows(IOException.class, () -> VfsMounts.sftp(bad, userOnly));
    assertTrue(
        e.getMessage().contains("sftp://alice:***@127.0.0.1:" + server.port()), e.getMessage());
    assertFalse(e.getMessage().contains("wrong-in-uri"), e.getMessage());
  }

  @Test
  void unreachablePortFailsAtMountTime() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI uri = URI.create("sftp://alice@127.0.0.1:" + closedPort + "/");
    SftpOptions quick = login.withConnectTimeout(Duration.ofSeconds(5));
    IOException e = assertThrows(IOException.class, () -> VfsMounts.sftp(uri, quick));
    assertTrue(
        e.getMessage().contains("sftp://alice:***@127.0.0.1:" + closedPort + "/"), e.getMessage());
    assertFalse(e.getMessage().contains(SftpServer.PASSWORD), e.getMessage());
  }

  @Test
  void unknownHostKeyFailsAtMountTime() throws Exception {
    Path otherKnownHosts =
        server.knownHosts(
            temp.resolve("other_known_hosts"), SftpServer.generateKeyPair().getPublic());
    SftpOptions strict =
        SftpOptions.user(SftpServer.USER)
            .withPassword(SftpServer.PASSWORD.toCharArray())
            .withKnownHosts(otherKnownHosts);
    IOException e = assertThrows(IOException.class, () -> VfsMounts.sftp(server.uri("/"), strict));
    assertTrue(e.getMessage().contains("sftp://alice:***@"), e.getMessage());

    SftpOptions trusting = strict.withoutHostKeyChecking();
    Mount mount = mounts.track(VfsMounts.sftp(server.uri("/"), trusting));
    assertTrue(Files.isDirectory(mount.root()));
  }

  @Test
  void rootMustBeAnExistingDirectory() throws IOException {
    Files.writeString(home.resolve("plain.txt"), "not a dir");
    NoSuchFileException missing =
        assertThrows(NoSuchFileException.class, () -> VfsMounts.sftp(server.uri("/nope"), login));
    assertTrue(missing.getMessage().contains("sftp://alice:***@127.0.0.1:"), missing.getMessage());
    assertThrows(
        NotDirectoryException.class, () -> VfsMounts.sftp(server.uri("/plain.txt"), login));
  }
}
