package dev.wasi4j.fs.vfs;

import static dev.wasi4j.fs.vfs.VfsTool.command;
import static dev.wasi4j.fs.vfs.VfsTool.error;
import static dev.wasi4j.internal.abi.Errno.EEXIST;
import static dev.wasi4j.internal.abi.Errno.EINVAL;
import static dev.wasi4j.internal.abi.Errno.ENOENT;
import static dev.wasi4j.internal.abi.Errno.ENOTDIR;
import static dev.wasi4j.internal.abi.Errno.ENOTEMPTY;
import static dev.wasi4j.internal.abi.Errno.ENOTSUP;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Engine;
import dev.wasi4j.Mount;
import dev.wasi4j.fs.vfs.VfsTool.Outcome;
import dev.wasi4j.testing.BothEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guest on an SFTP mount (an in-process SSHD server on loopback, password login): it reads the
 * server's tree byte for byte, changes it, each change checked in the server's directory on the
 * host, and gets an errno for what SFTP cannot do. Each guest run closes its mount, so every run
 * logs in afresh.
 */
class SftpGuestTest {
  private static final byte[] NOISE = SampleTree.BINARY_FILES.get("bin/large/noise.bin");

  @TempDir Path temp;
  @AutoClose final OpenMounts mounts = new OpenMounts();
  private Path home;
  private Path local;
  private SftpServer server;
  private SftpOptions login;

  @BeforeEach
  void startServer() throws Exception {
    home = Files.createDirectories(temp.resolve("home"));
    local = Files.createDirectories(temp.resolve("local"));
    server = new SftpServer(home, temp.resolve("hostkey.pem"));
    login = server.passwordLogin(temp.resolve("known_hosts"));
  }

  @AfterEach
  void stopServer() throws IOException {
    // Sessions first, then the server they talk to.
    mounts.close();
    server.close();
  }

  /** Runs the guest with the server's root as /sftp and a host directory as /local. */
  private List<Outcome> run(Engine engine, String... commands) throws IOException {
    Mount sftp = mounts.track(VfsMounts.sftp(server.uri("/"), login));
    return VfsTool.run(engine, Map.of("/sftp", sftp, "/local", Mount.of(local)), commands);
  }

  private List<String> statuses(Engine engine, String... commands) throws IOException {
    return VfsTool.statuses(run(engine, commands));
  }

  @BothEngines
  void guestReadsTheServersTree(Engine engine) throws IOException {
    SampleTree.writeTo(home, SampleTree.BINARY_FILES);
    Outcome mirror = run(engine, command("mirror", "/sftp", "/local")).get(0);
    assertEquals("OK", mirror.status());
    assertEquals(VfsTool.listingOf(SampleTree.BINARY_FILES, true), mirror.sortedEntries());
    SampleTree.assertMatches(local, SampleTree.BINARY_FILES);
  }

  @BothEngines
  void guestChangesReachTheServersDisk(Engine engine) throws IOException {
    Files.write(local.resolve("noise.bin"), NOISE);

    assertEquals(
        List.of("OK", "OK " + NOISE.length, "OK"),
        statuses(
            engine,
            command("mkdir", "/sftp/made"),
            command("copy", "/local/noise.bin", "/sftp/made/noise.bin"),
            command("write", "/sftp/made/log.txt", "first")));
    assertTrue(Files.isDirectory(home.resolve("made")));
    assertArrayEquals(NOISE, Files.readAllBytes(home.resolve("made/noise.bin")));
    assertEquals("first", Files.readString(home.resolve("made/log.txt")));

    // A second session appends to what the first one wrote.
    assertEquals(
        List.of("OK", "OK"),
        statuses(
            engine,
            command("append", "/sftp/made/log.txt", " second"),
            command("append", "/sftp/made/log.txt", " third")));
    assertEquals("first second third", Files.readString(home.resolve("made/log.txt")));

    assertEquals(
        List.of("OK", "OK"),
        statuses(
            engine,
            command("truncate", "/sftp/made/noise.bin", "0"),
            command("utimes", "/sftp/made/noise.bin")));
    assertEquals(0, Files.size(home.resolve("made/noise.bin")));
    assertEquals(
        FileTime.fromMillis(1_000_000_000_000L),
        Files.getLastModifiedTime(home.resolve("made/noise.bin")));

    assertEquals(
        List.of("OK"),
        statuses(engine, command("rename", "/sftp/made/log.txt", "/sftp/made/renamed.txt")));
    assertFalse(Files.exists(home.resolve("made/log.txt")));
    assertEquals("first second third", Files.readString(home.resolve("made/renamed.txt")));

    assertEquals(List.of("OK"), statuses(engine, command("rename", "/sftp/made", "/sftp/moved")));
    assertFalse(Files.exists(home.resolve("made")));
    assertEquals("first second third", Files.readString(home.resolve("moved/renamed.txt")));

    assertEquals(List.of("OK"), statuses(engine, command("unlink", "/sftp/moved/renamed.txt")));
    assertFalse(Files.exists(home.resolve("moved/renamed.txt")));
    assertTrue(Files.exists(home.resolve("moved/noise.bin")));

    assertEquals(
        List.of("OK", "OK"),
        statuses(
            engine, command("unlink", "/sftp/moved/noise.bin"), command("rmdir", "/sftp/moved")));
    try (Stream<Path> left = Files.list(home)) {
      assertEquals(List.of(), left.toList(), "the server's directory is empty again");
    }
  }

  /**
   * What SFTP (or VFS over it) cannot do reaches the guest as an errno, the guest carries on, and
   * the server's files are as they were.
   */
  @BothEngines
  void whatSftpCannotDoIsAnErrno(Engine engine) throws IOException {
    SampleTree.writeTo(home);
    Map<String, byte[]> before = snapshot(home);
    Map<String, String> expected = new LinkedHashMap<>();
    // Bytes go out as a stream: a file can be written afresh or appended to, not patched.
    expected.put(command("overwrite", "/sftp/top.txt", "X"), error(ENOTSUP, "fd_write"));
    expected.put(command("truncate", "/sftp/top.txt", "3"), error(ENOTSUP, "truncate"));
    // VFS's sftp scheme cannot set a directory's times, and VFS has no links.
    expected.put(command("utimes", "/sftp/vide"), error(ENOTSUP, "utimes"));
    expected.put(command("symlink", "top.txt", "/sftp/link"), error(ENOTSUP, "symlink"));
    expected.put(command("link", "/sftp/top.txt", "/sftp/hard"), error(ENOTSUP, "link"));
    // JSch would expand glob characters: such names are refused.
    expected.put(command("write", "/sftp/glob*.txt", "x"), error(EINVAL, "open"));
    // Ordinary POSIX failures keep their errnos.
    expected.put(command("create", "/sftp/top.txt"), error(EEXIST, "open"));
    expected.put(command("mkdir", "/sftp/vide"), error(EEXIST, "mkdir"));
    expected.put(command("rmdir", "/sftp/nested"), error(ENOTEMPTY, "rmdir"));
    expected.put(command("rmdir", "/sftp/top.txt"), error(ENOTDIR, "rmdir"));
    expected.put(command("unlink", "/sftp/missing.txt"), error(ENOENT, "unlink"));
    expected.put(command("hash", "/sftp/top.txt"), VfsTool.hashOf("top level\n".getBytes(UTF_8)));

    assertEquals(
        List.copyOf(expected.values()),
        statuses(engine, expected.keySet().toArray(String[]::new)));
    Map<String, byte[]> after = snapshot(home);
    assertEquals(before.keySet(), after.keySet(), "no entry made or removed");
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  /** Every entry below {@code root}: files with their bytes, directories with null. */
  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.toList()) {
        entries.put(
            root.relativize(path).toString(),
            Files.isDirectory(path) ? null : Files.readAllBytes(path));
      }
    }
    return entries;
  }
}
