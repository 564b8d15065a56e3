package dev.wasi4j.fs.memory;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Copies a directory tree between file systems, keeping symlinks as links. */
final class TreeCopy extends SimpleFileVisitor<Path> {
  private final Path source;
  private final Path target;

  private TreeCopy(Path source, Path target) {
    this.source = source;
    this.target = target;
  }

  static void copy(Path source, Path target) throws IOException {
    Files.walkFileTree(source, new TreeCopy(source, target));
  }

  /** The target path of {@code file}, component by component, since the file systems differ. */
  private Path targetOf(Path file) {
    Path result = target;
    for (Path name : source.relativize(file)) {
      result = result.resolve(name.toString());
    }
    return result;
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
    Files.createDirectories(targetOf(dir));
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
    Path copy = targetOf(file);
    if (attrs.isSymbolicLink()) {
      Files.createSymbolicLink(copy, copy.getFileSystem().getPath(Files.readSymbolicLink(file).toString()));
    } else if (attrs.isRegularFile()) {
      Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      Files.setLastModifiedTime(copy, attrs.lastModifiedTime());
    }
    // Sockets, FIFOs and devices have no in-memory counterpart and are left out.
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
    if (failure != null) {
      throw failure;
    }
    Files.setLastModifiedTime(targetOf(dir), Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS));
    return FileVisitResult.CONTINUE;
  }
}
