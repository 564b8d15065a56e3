package dev.wasi4j.fs.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Engine;
import dev.wasi4j.Mount;
import dev.wasi4j.sandbox.Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-memory mounts seen by a real guest ({@code fs_probe}). */
class MemoryMountsTest {
  @TempDir Path temp;

  @Test
  void anEmptyMountHoldsWhatTheGuestWritesAndIsDiscardedWithIt() {
    Mount mount = MemoryMounts.empty();
    List<String> results =
        Probe.run(
            mount,
            Engine.INTERPRETER,
            List.of(
                "list /sandbox",
                "mkdir /sandbox/d",
                "write /sandbox/d/f.txt hello",
                "symlink d/f.txt /sandbox/l",
                "link /sandbox/d/f.txt /sandbox/hard",
                "read /sandbox/l",
                "stat /sandbox/hard"));
    assertEquals("OK . .. ", results.get(0));
    assertEquals("OK hello", results.get(5));
    assertTrue(results.get(6).startsWith("OK file size=5 "), results.get(6));
    assertFalse(mount.root().getFileSystem().isOpen(), "closed with the guest's Wasi");
  }

  @Test
  void aCopyShowsTheHostTreeWithLinksAndTimesAndKeepsTheGuestsChangesToItself() throws Exception {
    Path tree = Files.createDirectories(temp.resolve("tree/sub"));
    Files.writeString(tree.resolve("a.txt"), "alpha");
    Files.createSymbolicLink(temp.resolve("tree/link"), Path.of("sub/a.txt"));
    FileTime old = FileTime.fromMillis(1_500_000_000_000L);
    Files.setLastModifiedTime(tree.resolve("a.txt"), old);
    Mount copy = MemoryMounts.copyOf(temp.resolve("tree"));
    assertEquals(old, Files.getLastModifiedTime(copy.root().resolve("sub/a.txt")));
    List<String> results =
        Probe.run(
            copy,
            Engine.COMPILER,
            List.of(
                "read /sandbox/link",
                "readlink /sandbox/link",
                "write /sandbox/sub/a.txt changed",
                "unlink /sandbox/link"));
    assertEquals(List.of("OK alpha", "OK sub/a.txt", "OK ", "OK "), results);
    assertEquals("alpha", Files.readString(tree.resolve("a.txt")));
    assertTrue(Files.isSymbolicLink(temp.resolve("tree/link")));
  }

  @Test
  void classpathDirectoriesAreCopiedFromDirectoriesAndFromJars() {
    // From a jar: a package directory of JUnit's API jar.
    Mount fromJar = MemoryMounts.fromClasspath("/org/junit/jupiter/api");
    assertTrue(Files.isRegularFile(fromJar.root().resolve("Test.class")));
    assertEquals(
        "OK file",
        Probe.run(fromJar, "stat /sandbox/Test.class").substring(0, 7));
    // From a directory: this module's compiled test classes.
    Mount fromDirectory = MemoryMounts.fromClasspath("dev/wasi4j/fs/memory");
    assertTrue(Files.isRegularFile(fromDirectory.root().resolve("MemoryMountsTest.class")));
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> MemoryMounts.fromClasspath("/no/such"));
    assertTrue(missing.getMessage().contains("/no/such"), missing.getMessage());
  }

  @Test
  void aCopyOfSomethingThatIsNotADirectoryIsRefusedWithItsName() throws Exception {
    Path file = Files.writeString(temp.resolve("file"), "");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MemoryMounts.copyOf(file));
    assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
  }
}
