package dev.wasi4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files a workload expects in its sandbox before it starts. */
@FunctionalInterface
interface Fixture {
  Fixture NONE = sandbox -> {};

  /** The file {@code stat_deep} inspects: four directories down. */
  String DEEP_FILE = "a/b/c/d/file";

  /** The file {@code open_close} opens: at the top of the sandbox. */
  String FILE = "file";

  byte[] CONTENT = "wasi4j benchmark fixture\n".getBytes(StandardCharsets.UTF_8);

  void create(Path sandbox) throws IOException;

  static void deepFile(Path sandbox) throws IOException {
    Path file = sandbox.resolve(DEEP_FILE);
    Files.createDirectories(file.getParent());
    Files.write(file, CONTENT);
  }

  static void file(Path sandbox) throws IOException {
    Files.write(sandbox.resolve(FILE), CONTENT);
  }
}
