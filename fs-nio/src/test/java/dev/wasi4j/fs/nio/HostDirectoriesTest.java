package dev.wasi4j.fs.nio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Jimfs;
import dev.wasi4j.Engine;
import dev.wasi4j.internal.abi.Errno;
import dev.wasi4j.sandbox.Probe;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host-disk mounts seen by a real guest ({@code fs_probe}): read-write, read-only, bad input. */
class HostDirectoriesTest {
  @TempDir Path temp;

  @Test
  void aReadWriteMountIsTheHostDirectoryItself() throws Exception {
    Files.writeString(temp.resolve("in.txt"), "from the host");
    List<String> results =
        Probe.run(
            HostDirectories.readWrite(temp),
            Engine.INTERPRETER,
            List.of(
                "read /sandbox/in.txt",
                "mkdir /sandbox/made",
                "write /sandbox/made/out.txt from the guest",
                "rename /sandbox/in.txt /sandbox/made/moved.txt"));
    assertEquals(List.of("OK from the host", "OK ", "OK ", "OK "), results);
    assertEquals("from the guest", Files.readString(temp.resolve("made/out.txt")));
    assertEquals("from the host", Files.readString(temp.resolve("made/moved.txt")));
    assertFalse(Files.exists(temp.resolve("in.txt")));
  }

  @Test
  void aReadOnlyMountRefusesEveryChangeBeforeItReachesTheDisk() throws Exception {
    Files.writeString(temp.resolve("in.txt"), "kept");
    Files.createDirectories(temp.resolve("dir"));
    List<String> changes =
        List.of(
            "write /sandbox/new.txt x",
            "write /sandbox/in.txt overwritten",
            "mkdir /sandbox/made",
            "rmdir /sandbox/dir",
            "unlink /sandbox/in.txt",
            "rename /sandbox/in.txt /sandbox/moved.txt",
            "symlink in.txt /sandbox/link",
            "link /sandbox/in.txt /sandbox/hard");
    List<String> results =
        Probe.run(
            HostDirectories.readOnly(temp),
            Engine.INTERPRETER,
            concat(List.of("read /sandbox/in.txt", "list /sandbox"), changes));
    assertEquals("OK kept", results.get(0));
    assertTrue(results.get(1).contains("in.txt") && results.get(1).contains("dir"), results.get(1));
    for (int i = 0; i < changes.size(); i++) {
      assertEquals("ERR " + Errno.ENOTCAPABLE, results.get(i + 2), changes.get(i));
    }
    try (var entries = Files.list(temp)) {
      assertEquals(2, entries.count(), "nothing created or removed");
    }
    assertEquals("kept", Files.readString(temp.resolve("in.txt")));
  }

  @Test
  void badDirectoriesAreRefusedWithTheirName() throws Exception {
    Path missing = temp.resolve("missing");
    Path file = Files.writeString(temp.resolve("file"), "");
    IllegalArgumentException noDir =
        assertThrows(IllegalArgumentException.class, () -> HostDirectories.readWrite(missing));
    assertTrue(noDir.getMessage().contains(missing.toString()), noDir.getMessage());
    IllegalArgumentException notDir =
        assertThrows(IllegalArgumentException.class, () -> HostDirectories.readOnly(file));
    assertTrue(notDir.getMessage().contains("not a directory"), notDir.getMessage());
    try (FileSystem memory = Jimfs.newFileSystem()) {
      IllegalArgumentException notDisk =
          assertThrows(
              IllegalArgumentException.class,
              () -> HostDirectories.readWrite(memory.getPath("/")));
      assertTrue(notDisk.getMessage().contains("not on the host disk"), notDisk.getMessage());
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
