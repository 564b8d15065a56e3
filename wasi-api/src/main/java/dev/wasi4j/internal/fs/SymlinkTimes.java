package dev.wasi4j.internal.fs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Nanosecond times on a symlink itself, for JDKs whose NIO can only set them to the microsecond
 * (JDK 17 uses {@code lutimes} for links; later JDKs use {@code utimensat}). In that case GNU
 * {@code touch -h}, which calls {@code utimensat(AT_SYMLINK_NOFOLLOW)}, is run on the link through
 * this JVM's {@code /proc/<pid>/fd/<dfd>/<name>}, so that it stays relative to the open directory.
 * Only times with a sub-microsecond part take this path; everything else goes through NIO.
 */
final class SymlinkTimes {
  private static final Path TOUCH = findTouch();
  private static final boolean JDK_HAS_NANOS = jdkSetsSymlinkNanos();

  private SymlinkTimes() {}

  /** Whether NIO would lose precision setting these times on a symlink, and touch can keep it. */
  static boolean needed(FileTime atime, FileTime mtime) {
    return !JDK_HAS_NANOS && TOUCH != null && (subMicro(atime) || subMicro(mtime));
  }

  /** Sets the times of the symlink {@code name} in the directory open as {@code dfd}. */
  static void set(int dfd, String name, FileTime atime, FileTime mtime) throws IOException {
    String link = "/proc/" + ProcessHandle.current().pid() + "/fd/" + dfd + "/" + name;
    if (atime != null && atime.equals(mtime)) {
      touch(link, null, atime);
      return;
    }
    if (atime != null) {
      touch(link, "-a", atime);
    }
    if (mtime != null) {
      touch(link, "-m", mtime);
    }
  }

  private static void touch(String link, String which, FileTime time) throws IOException {
    Instant instant = time.toInstant();
    List<String> command = new ArrayList<>(List.of(TOUCH.toString(), "-h"));
    if (which != null) {
      command.add(which);
    }
    command.add("-d");
    command.add(String.format("@%d.%09d", instant.getEpochSecond(), instant.getNano()));
    command.add("--");
    command.add(link);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new FileSystemException(link, null, output.trim());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FileSystemException(link, null, "Interrupted system call");
    }
  }

  private static boolean subMicro(FileTime time) {
    return time != null && time.toInstant().getNano() % 1000 != 0 && time.toInstant().getEpochSecond() >= 0;
  }

  private static Path findTouch() {
    for (String candidate : List.of("/usr/bin/touch", "/bin/touch")) {
      Path touch = Paths.get(candidate);
      if (Files.isExecutable(touch)) {
        return touch;
      }
    }
    return null;
  }

  /** JDK 17 has no {@code utimensat} in its Unix dispatcher; the JDKs that do keep nanoseconds. */
  private static boolean jdkSetsSymlinkNanos() {
    try {
      for (var method : Class.forName("sun.nio.fs.UnixNativeDispatcher").getDeclaredMethods()) {
        if (method.getName().equals("utimensat")) {
          return true;
        }
      }
      return false;
    } catch (ClassNotFoundException e) {
      return true; // not the Unix JDK: nothing this class can improve
    }
  }
}
