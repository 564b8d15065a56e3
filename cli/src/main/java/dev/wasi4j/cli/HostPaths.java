package dev.wasi4j.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks of host paths named on the command line, with messages that name them as given. */
final class HostPaths {
  private HostPaths() {}

  /**
   * {@code text} as a path to an existing directory.
   *
   * @throws IllegalArgumentException saying why it is not one
   */
  static Path directory(String text) {
    Path path = path(text, "host directory");
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException(
          Files.exists(path)
              ? "host path '" + text + "' is not a directory"
              : "host directory '" + text + "' does not exist");
    }
    return path;
  }

  /**
   * {@code text} as a path to an existing regular file, described as {@code what} in messages.
   *
   * @throws IllegalArgumentException saying why it is not one
   */
  static Path file(String text, String what) {
    Path path = path(text, what);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(
          Files.exists(path)
              ? what + " '" + text + "' is not a regular file"
              : what + " '" + text + "' does not exist");
    }
    return path;
  }

  private static Path path(String text, String what) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          what + " '" + text + "' is not a valid path: " + e.getReason(), e);
    }
  }
}
