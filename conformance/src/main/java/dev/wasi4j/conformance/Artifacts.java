package dev.wasi4j.conformance;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The {@code *.cleanup} files and directories that tests create in their fixtures. The format asks
 * runners to delete them so that every test starts from the committed fixture.
 */
final class Artifacts {
  static final String SUFFIX = ".cleanup";

  private Artifacts() {}

  /**
   * Deletes every {@code *.cleanup} entry at any depth below {@code directory}: files, symbolic
   * links (the link, never its target) and whole directory trees.
   */
  static void clean(Path directory) throws IOException {
    Files.walkFileTree(
        directory,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            if (!dir.equals(directory) && isArtifact(dir)) {
              deleteTree(dir);
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (isArtifact(file)) {
              Files.delete(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static boolean isArtifact(Path path) {
    return path.getFileName().toString().endsWith(SUFFIX);
  }

  private static void deleteTree(Path top) throws IOException {
    Files.walkFileTree(
        top,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
