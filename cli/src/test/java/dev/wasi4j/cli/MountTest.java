package dev.wasi4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --mount} specs, {@code --backend vfs}, and the bundled example the README runs. */
class MountTest {
  private static final String FILES = Cli.guest("files");
  private static final byte[] ENTRY = "archived text\n".getBytes(UTF_8);

  @TempDir Path dir;

  @Test
  void memMountIsAnEmptyWritableDirectory() {
    Cli.Result write = Cli.run("run", "--mount", "mem::/x", FILES, "write", "/x/a.txt", "text");
    Cli.Result read = Cli.run("run", "--mount", "mem::/x", FILES, "cat", "/x/a.txt");

    assertEquals(0, write.exitCode(), write::toString);
    assertEquals(1, read.exitCode(), read::toString);
    assertEquals("files: cannot open /x/a.txt: No such file or directory\n", read.stderr());
  }

  @Test
  void bundledExampleCountsItsVisitInAnInMemorySandbox() {
    Cli.Result first = Cli.run("run", "--mount", "mem::/sandbox", "example:hello");
    Cli.Result second =
        Cli.run("run", "--mount", "mem::/sandbox", "--env", "NAME=Ada", "example:hello");

    assertEquals(0, first.exitCode(), first::toString);
    assertEquals(
        "Hello, world! This is visit #1, counted in /sandbox/visits.txt.\n", first.stdout());
    assertEquals(
        "Hello, Ada! This is visit #1, counted in /sandbox/visits.txt.\n", second.stdout());
  }

  @Test
  void bundledExampleKeepsCountingInAHostDirectory() throws IOException {
    Cli.run("run", "--dir", dir + "::/sandbox", "example:hello");
    Cli.Result second = Cli.run("run", "--dir", dir + "::/sandbox", "example:hello");

    assertEquals(
        "Hello, world! This is visit #2, counted in /sandbox/visits.txt.\n", second.stdout());
    assertEquals("2\n", Files.readString(dir.resolve("visits.txt")));
  }

  @Test
  void zipMountServesTheArchivesEntriesReadOnly() throws IOException {
    Path zip = dir.resolve("tree.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("sub/entry.txt"));
      out.write(ENTRY);
    }

    Cli.Result read =
        Cli.run("run", "--mount", "zip:" + zip + "::/z", FILES, "cat", "/z/sub/entry.txt");
    Cli.Result write =
        Cli.run("run", "--mount", "zip:" + zip + "::/z", FILES, "write", "/z/new", "x");

    assertEquals(0, read.exitCode(), read::toString);
    assertEquals(new String(ENTRY, UTF_8), read.stdout());
    assertEquals(1, write.exitCode(), write::toString);
    assertEquals("files: cannot open /z/new: Capabilities insufficient\n", write.stderr());
  }

  @Test
  void tarMountReadsGzippedArchivesByTheirExtension() throws IOException {
    Path tgz = dir.resolve("tree.tgz");
    try (OutputStream file = Files.newOutputStream(tgz);
        TarArchiveOutputStream out = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
      TarArchiveEntry entry = new TarArchiveEntry("sub/entry.txt");
      entry.setSize(ENTRY.length);
      out.putArchiveEntry(entry);
      out.write(ENTRY);
      out.closeArchiveEntry();
    }

    Cli.Result read =
        Cli.run("run", "--mount", "tar:" + tgz + "::/t", FILES, "cat", "/t/sub/entry.txt");

    assertEquals(0, read.exitCode(), read::toString);
    assertEquals(new String(ENTRY, UTF_8), read.stdout());
  }

  @Test
  void vfsMountTakesAnyCommonsVfsUri() {
    Cli.Result write =
        Cli.run("run", "--mount", "vfs:ram:///::/r", FILES, "write", "/r/a.txt", "x");

    assertEquals(0, write.exitCode(), write::toString);
    assertEquals("", write.stderr());
  }

  @Test
  void vfsBackendServesDirsThroughCommonsVfsOntoTheHost() throws IOException {
    Files.writeString(dir.resolve("in.txt"), "from the host");

    Cli.Result read =
        Cli.run("run", "--backend", "vfs", "--dir", dir + "::/d", FILES, "cat", "/d/in.txt");
    Cli.Result write =
        Cli.run(
            "run",
            "--backend",
            "vfs",
            "--dir",
            dir + "::/d",
            FILES,
            "write",
            "/d/out.txt",
            "via vfs");

    assertEquals("from the host", read.stdout(), read::toString);
    assertEquals(0, write.exitCode(), write::toString);
    assertEquals("via vfs", Files.readString(dir.resolve("out.txt")));
  }

  @Test
  void missingArchiveIsAUsageError() {
    Path missing = dir.resolve("missing.zip");

    Cli.Result result = Cli.run("run", "--mount", "zip:" + missing + "::/z", FILES, "cat", "/z/x");

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(
        "wasi4j run: cannot mount --mount zip:"
            + missing
            + "::/z: archive '"
            + missing
            + "' does not exist",
        result.stderr().lines().findFirst().orElseThrow());
    assertFalse(result.stderr().contains("\tat "), result::toString);
  }
}
