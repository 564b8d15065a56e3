package dev.wasi4j.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** The directory a workload runs in, emptied before each run; closing removes it. */
public final class Sandbox implements Closeable {
  private final Path root;
  private final Closeable disposal;

  Sandbox(Path root, Closeable disposal) {
    this.root = root;
    this.disposal = disposal;
  }

  public Path root() {
    return root;
  }

  /** Deletes everything inside the sandbox, leaving it an empty directory. */
  public void clear() throws IOException {
    Files.walkFileTree(root, new Deleter(root));
  }

  @Override
  public void close() throws IOException {
    disposal.close();
  }

  static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(root, new Deleter(null));
  }

  /** Deletes what it walks, except {@code kept}. */
  private static final class Deleter extends SimpleFileVisitor<Path> {
    private final Path kept;

    Deleter(Path kept) {
      this.kept = kept;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      Files.delete(file);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
      if (failure != null) {
        throw failure;
      }
      if (!dir.equals(kept)) {
        Files.delete(dir);
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
