package dev.wasi4j.internal.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider with neither inode numbers nor file keys (the JDK's zip file system) gets synthetic
 * ones: unique per file across every preopen of that file system, and the same for one file
 * whichever preopen reaches it.
 */
class SyntheticInodeTest {
  @TempDir Path temp;

  @Test
  void preopensOfOneFileSystemShareOneNumbering() throws Exception {
    Path zip = temp.resolve("tree.zip");
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      Files.createDirectories(fs.getPath("/a"));
      Files.createDirectories(fs.getPath("/b"));
      Files.writeString(fs.getPath("/a/x"), "x");
      Files.writeString(fs.getPath("/b/y"), "y");
    }
    try (FileSystem fs = FileSystems.newFileSystem(zip)) {
      assertFalse(fs.supportedFileAttributeViews().contains("unix"), "zipfs grew a unix view");
      try (Dir a = new Volume(fs.getPath("/a")).openRoot();
          Dir b = new Volume(fs.getPath("/b")).openRoot();
          Dir root = new Volume(fs.getPath("/")).openRoot();
          Dir aFromRoot = root.openDirectory("a")) {
        FileStat x = a.stat("x");
        FileStat y = b.stat("y");
        assertEquals(x.dev(), y.dev(), "one file system, one device");
        assertNotEquals(x.ino(), y.ino(), "two files of one device share an inode number");
        assertEquals(x.ino(), aFromRoot.stat("x").ino(), "one file, two inode numbers");
      }
    }
  }
}
