package dev.wasi4j.fs.vfs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The small tree every scheme's test reads: nested directories, non-ASCII names, an empty file and
 * an empty directory. It writes itself as a directory, a zip or a tar (plain, gzip, bzip2), and
 * checks that a mounted root shows exactly it. Writers take more files to add, such as {@link
 * #BINARY_FILES}, which the guest-level tests read.
 */
final class SampleTree {
  static final Map<String, String> FILES = new LinkedHashMap<>();
  static final List<String> EMPTY_DIRECTORIES = List.of("vide", "nested/empty");

  /**
   * Binary files for the guest-level tests: every byte value once (NUL, newline, 0x80-0xff, which
   * text handling would mangle), and a little over 1 MiB of seeded noise, so that a guest reading
   * with a 64 KiB buffer needs many reads, the last one short.
   */
  static final Map<String, byte[]> BINARY_FILES = new LinkedHashMap<>();

  static {
    FILES.put("top.txt", "top level\n");
    FILES.put("données/日本.txt", "こんにちは, VFS\n");
    FILES.put("nested/a/b/deep.txt", "deep\n");
    FILES.put("nested/a/sibling.txt", "sibling\n");
    FILES.put("empty.txt", "");
    BINARY_FILES.put("bin/all-bytes.bin", allByteValues());
    BINARY_FILES.put("bin/large/noise.bin", noise(1024 * 1024 + 4321));
  }

  private SampleTree() {}

  private static byte[] allByteValues() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  private static byte[] noise(int length) {
    byte[] bytes = new byte[length];
    new SplittableRandom(1).nextBytes(bytes);
    return bytes;
  }

  /** Every file of the tree with {@code more} added, as relative path to content. */
  static Map<String, byte[]> files(Map<String, byte[]> more) {
    Map<String, byte[]> all = new LinkedHashMap<>();
    FILES.forEach((name, content) -> all.put(name, content.getBytes(UTF_8)));
    all.putAll(more);
    return all;
  }

  /** Every directory of the tree, parents of files included, as relative paths. */
  static TreeSet<String> directories() {
    return directories(FILES.keySet());
  }

  /** The empty directories and every parent of {@code files}, as relative paths. */
  static TreeSet<String> directories(Collection<String> files) {
    TreeSet<String> dirs = new TreeSet<>(EMPTY_DIRECTORIES);
    for (String file : files) {
      for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
        dirs.add(file.substring(0, slash));
      }
    }
    return dirs;
  }

  static void writeTo(Path dir) throws IOException {
    writeTo(dir, Map.of());
  }

  /** Writes the tree, with {@code more} files, below {@code dir}. */
  static void writeTo(Path dir, Map<String, byte[]> more) throws IOException {
    for (String empty : EMPTY_DIRECTORIES) {
      Files.createDirectories(dir.resolve(empty));
    }
    for (Map.Entry<String, byte[]> file : files(more).entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }

  static Path writeZip(Path zip) throws IOException {
    return writeZip(zip, Map.of());
  }

  /** Writes the tree, with {@code more} files, as a zip with an entry for every directory. */
  static Path writeZip(Path zip, Map<String, byte[]> more) throws IOException {
    Map<String, byte[]> files = files(more);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String dir : directories(files.keySet())) {
      entries.put(dir + "/", new byte[0]);
    }
    entries.putAll(files);
    return Archives.zip(zip, entries);
  }

  static Path writeTar(Path tar, Archives.Compression compression) throws IOException {
    return writeTar(tar, compression, Map.of());
  }

  /** Writes the tree, with {@code more} files, as a tar. */
  static Path writeTar(Path tar, Archives.Compression compression, Map<String, byte[]> more)
      throws IOException {
    // Only the empty directories get entries: the others are implied by their files, which is
    // how many real tars look and what VFS has to infer.
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String dir : EMPTY_DIRECTORIES) {
      entries.put(dir + "/", new byte[0]);
    }
    entries.putAll(files(more));
    return Archives.tar(tar, compression, entries);
  }

  /** Asserts that {@code root} holds exactly this tree, read through plain {@code Files} calls. */
  static void assertMatches(Path root) throws IOException {
    assertMatches(root, Map.of());
  }

  /** Asserts that {@code root} holds exactly this tree with {@code more} files, byte for byte. */
  static void assertMatches(Path root, Map<String, byte[]> more) throws IOException {
    Map<String, byte[]> files = files(more);
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
          byte[] expected = files.get(relative);
          assertArrayEquals(expected, Files.readAllBytes(path), "content of " + relative);
          assertEquals(expected == null ? -1 : expected.length, Files.size(path));
        }
      }
    }
    assertEquals(directories(files.keySet()), seenDirs, "directories");
    assertEquals(new TreeSet<>(files.keySet()), seenFiles, "files");
  }
}
