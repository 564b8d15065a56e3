package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the builder refuses before any guest runs — values a guest could not receive intact — and
 * what {@link Wasi#close()} releases.
 */
class WasiBuilderTest {
  @TempDir Path tmp;

  private static void assertRefused(Executable call, String named) {
    var e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(named), () -> "should name " + named + ": " + e.getMessage());
  }

  /** NUL ends a C string: an argument or variable holding one would arrive cut. */
  @Test
  void nulCharactersAreRefused() {
    assertRefused(() -> Wasi.builder().args("ok", "a\0b"), "argument 1");
    assertRefused(() -> Wasi.builder().env("NAME", "a\0b"), "NAME");
    assertRefused(() -> Wasi.builder().env("NA\0ME", "v"), "name");
    assertRefused(() -> Wasi.builder().preopen("/a\0b", tmp), "guest path");
  }

  /** NAME=value is split at the first '=': a name cannot hold one, nor be empty. */
  @Test
  void badVariableNamesAreRefused() {
    assertRefused(() -> Wasi.builder().env("A=B", "v"), "A=B");
    assertRefused(() -> Wasi.builder().env("", "v"), "name");
  }

  @Test
  void badPreopensAreRefused() throws IOException {
    assertRefused(() -> Wasi.builder().preopen("", tmp), "guest path");
    assertRefused(() -> Wasi.builder().preopen("/data", tmp).preopen("/data", tmp), "/data");
    Path file = Files.writeString(tmp.resolve("file"), "");
    assertRefused(() -> Wasi.builder().preopen("/file", file).build(), "/file");
    assertRefused(() -> Wasi.builder().preopen("/missing", tmp.resolve("missing")).build(), "/missing");
  }

  @Test
  void closeReleasesEveryMount() throws IOException {
    List<String> closed = new ArrayList<>();
    Path a = Files.createDirectory(tmp.resolve("a"));
    Path b = Files.createDirectory(tmp.resolve("b"));
    Wasi wasi =
        Wasi.builder()
            .preopen("/a", Mount.of(a).closing(() -> closed.add("a")))
            .preopen("/b", Mount.of(b).readOnly().closing(() -> closed.add("b")))
            .build();
    assertEquals(List.of(), closed);
    wasi.close();
    assertEquals(List.of("a", "b"), closed);
  }

  /** A build that fails on a later preopen still releases the mounts it was given. */
  @Test
  void failedBuildReleasesTheMounts() throws IOException {
    List<String> closed = new ArrayList<>();
    Path a = Files.createDirectory(tmp.resolve("a"));
    Wasi.Builder builder =
        Wasi.builder()
            .preopen("/a", Mount.of(a).closing(() -> closed.add("a")))
            .preopen("/missing", Mount.of(tmp.resolve("missing")).closing(() -> closed.add("missing")));
    assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals(List.of("a", "missing"), closed);
  }
}
