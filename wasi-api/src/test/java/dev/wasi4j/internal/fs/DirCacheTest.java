package dev.wasi4j.internal.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.ClosedDirectoryStreamException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolver's directory cache on the host disk: reuse, staleness and eviction while in use. */
class DirCacheTest {
  @TempDir Path temp;

  @Test
  void reusesAHandleWhileTheEntryStillNamesItsDirectory() throws Exception {
    Files.createDirectories(temp.resolve("a"));
    try (Dir root = new Volume(temp).openRoot();
        DirCache cache = new DirCache()) {
      Dir first = cache.open(root, "a", root.stat("a"));
      first.close();
      Dir second = cache.open(root, "a", root.stat("a"));
      second.close();
      assertSame(first, second);
    }
  }

  @Test
  void reopensWhenTheNameNowLeadsToAnotherDirectory() throws Exception {
    Path a = Files.createDirectories(temp.resolve("a"));
    try (Dir root = new Volume(temp).openRoot();
        DirCache cache = new DirCache()) {
      Dir before = cache.open(root, "a", root.stat("a"));
      before.close();
      Files.move(a, temp.resolve("moved"));
      Files.createDirectories(a.resolve("inner"));
      Dir after = cache.open(root, "a", root.stat("a"));
      assertNotSame(before, after);
      assertEquals(root.stat("a").ino(), after.stat(".").ino());
      assertEquals(dev.wasi4j.internal.abi.FileType.DIRECTORY, after.stat("inner").fileType());
      after.close();
    }
  }

  @Test
  void anEvictedHandleInUseClosesWhenItsLastUseEnds() throws Exception {
    for (int i = 0; i <= DirCache.CAPACITY; i++) {
      Files.createDirectories(temp.resolve("d" + i));
    }
    try (Dir root = new Volume(temp).openRoot();
        DirCache cache = new DirCache()) {
      Dir held = cache.open(root, "d0", root.stat("d0"));
      for (int i = 1; i <= DirCache.CAPACITY; i++) {
        cache.open(root, "d" + i, root.stat("d" + i)).close(); // pushes d0 out
      }
      assertEquals(root.stat("d0").ino(), held.stat(".").ino(), "still usable while held");
      held.close();
      assertThrows(ClosedDirectoryStreamException.class, () -> held.stat("."));
    }
  }
}
