package dev.wasi4j.fs.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Mount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthesized {@code unix:ino} and {@code unix:dev} attributes WASI's filestat needs. */
class InodeTest {
  @TempDir Path temp;
  @AutoClose final OpenMounts mounts = new OpenMounts();

  private static long ino(Path path) throws IOException {
    return (long) Files.getAttribute(path, "unix:ino", LinkOption.NOFOLLOW_LINKS);
  }

  private static long dev(Path path) throws IOException {
    return (long) Files.getAttribute(path, "unix:dev", LinkOption.NOFOLLOW_LINKS);
  }

  private static Object fileKey(Path path) throws IOException {
    return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .fileKey();
  }

  @Test
  void numbersAreDistinctAndStable() throws IOException {
    Mount mount = mounts.track(VfsMounts.local(temp));
    Path root = mount.root();
    SampleTree.writeTo(root);
    List<Path> all = new ArrayList<>();
    try (var walk = Files.walk(root)) {
      walk.forEach(all::add);
    }
    Map<Long, Path> byIno = new HashMap<>();
    for (Path path : all) {
      Path previous = byIno.put(ino(path), path);
      assertEquals(null, previous, "ino of " + path + " is also that of " + previous);
    }
    for (Path path : all) {
      assertEquals(path, byIno.get(ino(path)), "ino of " + path + " is stable");
      Map<String, Object> unix =
          Files.readAttributes(path, "unix:ino,dev,nlink", LinkOption.NOFOLLOW_LINKS);
      assertEquals(ino(path), unix.get("ino"));
      assertEquals(dev(root), unix.get("dev"));
      assertEquals(Files.isDirectory(path) ? 2 : 1, unix.get("nlink"));
      assertEquals(new VfsFileKey(dev(root), ino(path)), fileKey(path));
    }
    Path spelledOtherwise = root.resolve("nested/a/../a/./sibling.txt");
    assertEquals(fileKey(root.resolve("nested/a/sibling.txt")), fileKey(spelledOtherwise));
    assertNotEquals(fileKey(root.resolve("top.txt")), fileKey(root.resolve("empty.txt")));
  }

  @Test
  void numbersFollowRenames() throws IOException {
    Mount mount = mounts.track(VfsMounts.ram());
    Path root = mount.root();
    Path file = Files.writeString(root.resolve("file.txt"), "f");
    Path dir = Files.createDirectories(root.resolve("dir/sub"));
    Path inside = Files.writeString(dir.resolve("inside.txt"), "i");
    long fileIno = ino(file);
    long dirIno = ino(root.resolve("dir"));
    long subIno = ino(dir);
    long insideIno = ino(inside);
    Path victim = Files.writeString(root.resolve("victim.txt"), "v");
    long victimIno = ino(victim);

    Path movedFile = root.resolve("moved.txt");
    Files.move(file, movedFile);
    assertEquals(fileIno, ino(movedFile));
    Files.move(root.resolve("dir"), root.resolve("renamed"));
    assertEquals(dirIno, ino(root.resolve("renamed")));
    assertEquals(subIno, ino(root.resolve("renamed/sub")));
    assertEquals(insideIno, ino(root.resolve("renamed/sub/inside.txt")));
    Files.move(movedFile, victim, StandardCopyOption.REPLACE_EXISTING);
    assertEquals(fileIno, ino(victim), "the replaced file's number is gone");

    Path reborn = Files.writeString(root.resolve("file.txt"), "new file, old name");
    long rebornIno = ino(reborn);
    assertTrue(
        rebornIno != fileIno && rebornIno != victimIno && rebornIno != dirIno,
        "a new file at an old path is a new inode");
    Path recreated = Files.createDirectories(root.resolve("dir/sub"));
    assertNotEquals(subIno, ino(recreated));
  }

  @Test
  void devicesDifferBetweenMounts() throws IOException {
    Mount first = mounts.track(VfsMounts.ram());
    Mount second = mounts.track(VfsMounts.ram());
    Mount archive = mounts.track(VfsMounts.zip(SampleTree.writeZip(temp.resolve("tree.zip"))));
    Path inFirst = Files.writeString(first.root().resolve("same.txt"), "1");
    Path inSecond = Files.writeString(second.root().resolve("same.txt"), "1");
    assertNotEquals(dev(inFirst), dev(inSecond));
    assertNotEquals(dev(inFirst), dev(archive.root()));
    assertEquals(dev(inFirst), dev(first.root()));
    assertNotEquals(fileKey(inFirst), fileKey(inSecond));
    assertEquals(dev(archive.root()), dev(archive.root().resolve("données/日本.txt")));
  }

  @Test
  void guestsSharingAMountSeeTheSameNumbers() throws Exception {
    Mount mount = mounts.track(VfsMounts.ram());
    Path root = mount.root();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      files.add(Files.writeString(root.resolve("f" + i), Integer.toString(i)));
    }
    ExecutorService guests = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Long>>> seen = new ArrayList<>();
      for (int g = 0; g < 4; g++) {
        int offset = g * 10;
        seen.add(
            guests.submit(
                () -> {
                  List<Long> numbers = new ArrayList<>();
                  for (int i = 0; i < files.size(); i++) {
                    numbers.add(ino(files.get((i + offset) % files.size())));
                  }
                  // Report in file order whatever order this guest asked in.
                  List<Long> ordered = new ArrayList<>(numbers);
                  for (int i = 0; i < files.size(); i++) {
                    ordered.set((i + offset) % files.size(), numbers.get(i));
                  }
                  return ordered;
                }));
      }
      List<Long> first = seen.get(0).get(30, TimeUnit.SECONDS);
      for (Future<List<Long>> other : seen) {
        assertEquals(first, other.get(30, TimeUnit.SECONDS));
      }
      assertEquals(files.size(), new HashSet<>(first).size(), "distinct numbers");
    } finally {
      guests.shutdownNow();
    }
  }
}
