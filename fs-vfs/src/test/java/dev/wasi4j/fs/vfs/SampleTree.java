package dev.wasi4j.fs.vfs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The small tree every scheme's test reads: nested directories, non-ASCII names, an empty file and
 * an empty directory. It writes itself as a directory, a zip or a tar (plain, gzip, bzip2), and
 * checks that a mounted root shows exactly it.
 */
final class SampleTree {
  static final Map<String, String> FILES = new LinkedHashMap<>();
  static final List<String> EMPTY_DIRECTORIES = List.of("vide", "nested/empty");

  static {
    FILES.put("top.txt", "top level\n");
    FILES.put("données/日本.txt", "こんにちは, VFS\n");
    FILES.put("nested/a/b/deep.txt", "deep\n");
    FILES.put("nested/a/sibling.txt", "sibling\n");
    FILES.put("empty.txt", "");
  }

  private SampleTree() {}

  /** Every directory of the tree, parents of files included, as relative paths. */
  static TreeSet<String> directories() {
    TreeSet<String> dirs = new TreeSet<>(EMPTY_DIRECTORIES);
    for (String file : FILES.keySet()) {
      for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
        dirs.add(file.substring(0, slash));
      }
    }
    return dirs;
  }

  static void writeTo(Path dir) throws IOException {
    for (String empty : EMPTY_DIRECTORIES) {
      Files.createDirectories(dir.resolve(empty));
    }
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), UTF_8);
    }
  }

  static Path writeZip(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String dir : directories()) {
      entries.put(dir + "/", new byte[0]);
    }
    FILES.forEach((name, content) -> entries.put(name, content.getBytes(UTF_8)));
    return Archives.zip(zip, entries);
  }

  static Path writeTar(Path tar, Archives.Compression compression) throws IOException {
    // Only the empty directories get entries: the others are implied by their files, which is
    // how many real tars look and what VFS has to infer.
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String dir : EMPTY_DIRECTORIES) {
      entries.put(dir + "/", new byte[0]);
    }
    FILES.forEach((name, content) -> entries.put(name, content.getBytes(UTF_8)));
    return Archives.tar(tar, compression, entries);
  }

  /** Asserts that {@code root} holds exactly this tree, read through plain {@code Files} calls. */
  static void assertMatches(Path root) throws IOException {
    TreeSet<String> seenDirs = new TreeSet<>();
    TreeSet<String> seenFiles = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.collect(Collectors.toList())) {
        if (path.equals(root)) {
          continue;
        }
        String relative = root.relativize(path).toString();
        if (Files.isDirectory(path)) {
          seenDirs.add(relative);
        } else {
          assertTrue(Files.isRegularFile(path), relative + " is a regular file");
          seenFiles.add(relative);
          String expected = FILES.get(relative);
          assertArrayEquals(
              expected == null ? null : expected.getBytes(UTF_8),
              Files.readAllBytes(path),
              "content of " + relative);
          assertEquals(expected == null ? -1 : expected.getBytes(UTF_8).length, Files.size(path));
        }
      }
    }
    assertEquals(directories(), seenDirs, "directories");
    assertEquals(new TreeSet<>(FILES.keySet()), seenFiles, "files");
  }
}
