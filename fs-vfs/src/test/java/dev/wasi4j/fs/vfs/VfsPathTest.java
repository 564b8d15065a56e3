package dev.wasi4j.fs.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.ProviderMismatchException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lexical path behaviour, compared with what the JDK's POSIX paths do. */
class VfsPathTest {
  private FileSystem fs;

  @BeforeEach
  void mount() throws IOException {
    fs = VfsMounts.ram().root().getFileSystem();
  }

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private Path path(String first, String... more) {
    return fs.getPath(first, more);
  }

  @Test
  void parsingAndComponents() {
    Path absolute = path("/a", "b//c/");
    assertEquals("/a/b/c", absolute.toString());
    assertTrue(absolute.isAbsolute());
    assertEquals(path("/"), absolute.getRoot());
    assertEquals(3, absolute.getNameCount());
    assertEquals(path("b"), absolute.getName(1));
    assertEquals(path("c"), absolute.getFileName());
    assertEquals(path("/a/b"), absolute.getParent());
    assertEquals(path("b/c"), absolute.subpath(1, 3));
    assertThrows(IllegalArgumentException.class, () -> absolute.subpath(2, 2));
    assertThrows(IllegalArgumentException.class, () -> absolute.getName(3));

    Path relative = path("x/y");
    assertFalse(relative.isAbsolute());
    assertNull(relative.getRoot());
    assertEquals(path("x"), relative.getParent());
    assertNull(path("x").getParent());
    assertEquals(path("/"), path("/x").getParent());
    assertNull(path("/").getFileName());
    assertNull(path("/").getParent());
    assertEquals(0, path("/").getNameCount());
    assertThrows(InvalidPathException.class, () -> path("bad\0name"));
  }

  @Test
  void emptyPathBehavesAsTheJdks() {
    Path empty = path("");
    Path jdkEmpty = Paths.get("");
    assertEquals(jdkEmpty.getNameCount(), empty.getNameCount());
    assertEquals("", empty.getFileName().toString());
    assertEquals(path("a"), path("a").resolve(empty));
    assertEquals(empty, path("a").relativize(path("a")));
    assertEquals(path("/"), empty.toAbsolutePath());
  }

  @Test
  void normalizeResolveRelativize() {
    assertEquals(path("/a/c"), path("/a/./b/../c").normalize());
    assertEquals(path("/"), path("/../..").normalize());
    assertEquals(path("../x"), path("a/../../x").normalize());
    assertEquals(path("/a/b"), path("/a").resolve("b"));
    assertEquals(path("/z"), path("/a").resolve("/z"));
    assertEquals(path("/a/sibling"), path("/a/b").resolveSibling("sibling"));
    assertEquals(path("../c/d"), path("/a/b").relativize(path("/a/c/d")));
    assertEquals(path("c"), path("a/b").relativize(path("a/b/c")));
    assertThrows(IllegalArgumentException.class, () -> path("/a").relativize(path("b")));
    for (String[] pair : new String[][] {{"/a/b", "/a/c/d"}, {"a", "a/b/c"}, {"/x/y", "/"}}) {
      Path from = path(pair[0]);
      Path to = path(pair[1]);
      assertEquals(to, from.resolve(from.relativize(to)).normalize(), pair[0] + " -> " + pair[1]);
    }
  }

  @Test
  void prefixesSuffixesAndOrder() {
    Path p = path("/a/b/c");
    assertTrue(p.startsWith("/a/b"));
    assertTrue(p.startsWith(path("/")));
    assertFalse(p.startsWith("a/b"));
    assertFalse(p.startsWith("/a/bc"));
    assertTrue(p.endsWith("b/c"));
    assertTrue(p.endsWith("/a/b/c"));
    assertFalse(p.endsWith("/b/c"));
    assertFalse(p.startsWith(Paths.get("/a")), "paths of another provider never match");
    List<Path> sorted = new ArrayList<>(List.of(path("/b"), path("/a/z"), path("/a")));
    sorted.sort(null);
    assertEquals(List.of(path("/a"), path("/a/z"), path("/b")), sorted);
    List<Path> names = new ArrayList<>();
    p.forEach(names::add);
    assertEquals(List.of(path("a"), path("b"), path("c")), names);
  }

  @Test
  void equalityIsPerFileSystem() throws IOException {
    try (FileSystem other = VfsMounts.ram().root().getFileSystem()) {
      assertEquals(path("/a"), path("/a"));
      assertEquals(path("/a").hashCode(), path("/a").hashCode());
      assertNotEquals(path("/a"), other.getPath("/a"));
      assertNotEquals(path("/a"), path("a"));
      assertThrows(ProviderMismatchException.class, () -> path("/a").resolve(Paths.get("b")));
    }
  }

  @Test
  void urisRoundTripThroughTheInstalledProvider() {
    // Paths.get(URI) finds the provider by scheme among the installed ones: the service file.
    Path p = path("/dir with space/%/données/日本.txt");
    URI uri = p.toUri();
    assertEquals("vfs", uri.getScheme());
    assertEquals(p, Paths.get(uri));
    assertEquals(p, fs.provider().getPath(uri));
    assertEquals(path("/rel"), Paths.get(path("rel").toUri()), "a relative path's URI is absolute");
  }

  @Test
  void globAndRegexMatchers() {
    assertTrue(fs.getPathMatcher("glob:**/*.txt").matches(path("/a/b/c.txt")));
    assertFalse(fs.getPathMatcher("glob:*.txt").matches(path("/a/c.txt")));
    assertTrue(fs.getPathMatcher("regex:/a/.*").matches(path("/a/b")));
    assertThrows(UnsupportedOperationException.class, () -> fs.getPathMatcher("wild:*"));
  }
}
