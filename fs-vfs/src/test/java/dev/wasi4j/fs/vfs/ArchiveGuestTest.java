package dev.wasi4j.fs.vfs;

import static dev.wasi4j.fs.vfs.VfsTool.command;
import static dev.wasi4j.fs.vfs.VfsTool.error;
import static dev.wasi4j.internal.abi.Errno.ENOTCAPABLE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasi4j.Engine;
import dev.wasi4j.Mount;
import dev.wasi4j.fs.vfs.VfsTool.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A guest reads zip and tar.gz archives through {@link VfsMounts}: every file byte for byte, every
 * directory listed, and every kind of write refused with an errno while the archive file stays as
 * it was.
 */
class ArchiveGuestTest {
  @TempDir Path temp;
  @AutoClose final OpenMounts mounts = new OpenMounts();

  /** The archive formats under test, each written by the test and mounted by its own factory. */
  enum Format {
    ZIP,
    TGZ;

    Path write(Path dir) throws IOException {
      return this == ZIP
          ? SampleTree.writeZip(dir.resolve("tree.zip"), SampleTree.BINARY_FILES)
          : SampleTree.writeTar(
              dir.resolve("tree.tar.gz"), Archives.Compression.GZIP, SampleTree.BINARY_FILES);
    }

    Mount mount(Path archive) throws IOException {
      return this == ZIP ? VfsMounts.zip(archive) : VfsMounts.tgz(archive);
    }
  }

  static Stream<Arguments> formatsOnBothEngines() {
    return Arrays.stream(Format.values())
        .flatMap(format -> Arrays.stream(Engine.values()).map(e -> Arguments.of(format, e)));
  }

  /** The guest copies the archive's tree to a disk mount, which the test compares on the host. */
  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("formatsOnBothEngines")
  void guestReadsEveryFileAndListsEveryDirectory(Format format, Engine engine) throws IOException {
    Path copy = Files.createDirectory(temp.resolve("copy"));
    Map<String, Mount> preopens =
        Map.of("/archive", mounts.track(format.mount(format.write(temp))), "/copy", Mount.of(copy));
    List<Outcome> outcomes =
        VfsTool.run(
            engine,
            preopens,
            command("mirror", "/archive", "/copy"),
            command("list", "/archive/vide"),
            command("hash", "/archive/bin/all-bytes.bin"));
    assertEquals("OK", outcomes.get(0).status());
    assertEquals(VfsTool.listingOf(SampleTree.BINARY_FILES, true), outcomes.get(0).sortedEntries());
    SampleTree.assertMatches(copy, SampleTree.BINARY_FILES);
    assertEquals(new Outcome(List.of(), "OK"), outcomes.get(1), "the empty directory is empty");
    assertEquals(
        VfsTool.hashOf(SampleTree.BINARY_FILES.get("bin/all-bytes.bin")),
        outcomes.get(2).status(),
        "the guest's own SHA-256 of what it read");
  }

  /**
   * Every kind of write is refused with ENOTCAPABLE: the preopen of a read-only mount has no write
   * rights. Creating or truncating fails at open; opening an existing file for writing succeeds,
   * because wasi-libc asks only for the rights the directory can pass on, and the first write fails
   * instead. Renames out of and into the archive are refused as well.
   */
  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("formatsOnBothEngines")
  void guestWritesAreRefusedAndTheArchiveStaysAsItWas(Format format, Engine engine)
      throws IOException {
    Path file = format.write(temp);
    byte[] before = Files.readAllBytes(file);
    Path writable = Files.createDirectory(temp.resolve("writable"));
    Files.writeString(writable.resolve("source.txt"), "from the writable mount");
    Map<String, Mount> preopens =
        Map.of("/archive", mounts.track(format.mount(file)), "/out", Mount.of(writable));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(command("write", "/archive/top.txt", "replaced"), error(ENOTCAPABLE, "open"));
    expected.put(command("write", "/archive/new.txt", "new"), error(ENOTCAPABLE, "open"));
    expected.put(command("create", "/archive/new.txt"), error(ENOTCAPABLE, "open"));
    expected.put(command("append", "/archive/top.txt", "more"), error(ENOTCAPABLE, "open"));
    expected.put(command("overwrite", "/archive/top.txt", "X"), error(ENOTCAPABLE, "fd_write"));
    expected.put(command("openrw", "/archive/top.txt"), "OK");
    expected.put(command("truncate", "/archive/top.txt", "0"), error(ENOTCAPABLE, "truncate"));
    expected.put(command("utimes", "/archive/top.txt"), error(ENOTCAPABLE, "utimes"));
    expected.put(command("mkdir", "/archive/made"), error(ENOTCAPABLE, "mkdir"));
    expected.put(command("rmdir", "/archive/vide"), error(ENOTCAPABLE, "rmdir"));
    expected.put(command("unlink", "/archive/top.txt"), error(ENOTCAPABLE, "unlink"));
    expected.put(
        command("rename", "/archive/top.txt", "/archive/moved.txt"), error(ENOTCAPABLE, "rename"));
    expected.put(
        command("rename", "/archive/top.txt", "/out/moved.txt"), error(ENOTCAPABLE, "rename"));
    expected.put(
        command("rename", "/out/source.txt", "/archive/source.txt"),
        error(ENOTCAPABLE, "rename"));
    expected.put(
        command("copy", "/out/source.txt", "/archive/copied.txt"),
        error(ENOTCAPABLE, "open-target"));
    expected.put(command("symlink", "top.txt", "/archive/link"), error(ENOTCAPABLE, "symlink"));
    expected.put(command("link", "/archive/top.txt", "/archive/hard"), error(ENOTCAPABLE, "link"));
    expected.put(command("hash", "/archive/top.txt"), VfsTool.hashOf("top level\n".getBytes(UTF_8)));

    List<String> commands = new ArrayList<>(expected.keySet());
    commands.add(command("list", "/archive"));
    List<Outcome> outcomes = VfsTool.run(engine, preopens, commands.toArray(String[]::new));

    List<String> statuses = VfsTool.statuses(outcomes);
    assertEquals(List.copyOf(expected.values()), statuses.subList(0, expected.size()));
    assertEquals(
        VfsTool.listingOf(SampleTree.BINARY_FILES, false),
        outcomes.get(expected.size()).sortedEntries(),
        "the guest still sees the whole tree");
    assertArrayEquals(before, Files.readAllBytes(file), "the archive file is unchanged");
    try (Stream<Path> left = Files.list(writable)) {
      assertEquals(List.of(writable.resolve("source.txt")), left.toList(), "nothing moved out");
    }
  }
}
