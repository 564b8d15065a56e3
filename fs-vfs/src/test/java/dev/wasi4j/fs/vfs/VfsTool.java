package dev.wasi4j.fs.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasi4j.Engine;
import dev.wasi4j.Mount;
import dev.wasi4j.testing.GuestRun;
import dev.wasi4j.testing.WasiRunner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Drives the {@code vfs_tool} guest (see {@code src/test/guests/vfs_tool.c}) through a real {@code
 * Wasi}: one command per line on its stdin, fields separated by tabs. Each command's output is a
 * {@link Outcome}. The guest's run closes the mounts it was given, so every run needs fresh ones.
 */
final class VfsTool {
  static final String GUEST = "vfs_tool";

  private VfsTool() {}

  /**
   * What one command printed: the entry lines before its status ({@code walk}'s), and its status,
   * {@code "OK [detail]"} or {@code "ERR <errno> <step>"}.
   */
  record Outcome(List<String> entries, String status) {
    /** The entries sorted, since readdir's order is the file system's. */
    List<String> sortedEntries() {
      return entries.stream().sorted().toList();
    }
  }

  /** A command line: its fields joined by tabs. */
  static String command(String... fields) {
    return String.join("\t", fields);
  }

  /** The status of a command that failed with {@code errno} at {@code step}. */
  static String error(int errno, String step) {
    return "ERR " + errno + " " + step;
  }

  /**
   * Runs {@code commands} in one guest with {@code preopens} (guest path to mount); the guest must
   * exit 0 with nothing on stderr. Returns one outcome per command.
   */
  static List<Outcome> run(Engine engine, Map<String, Mount> preopens, String... commands) {
    String script = String.join("\n", commands) + "\n";
    GuestRun run =
        WasiRunner.on(engine)
            .args(GUEST)
            .with(builder -> preopens.forEach(builder::preopen))
            .stdin(script)
            .run(GUEST);
    assertEquals(0, run.exitCode(), run.describeOutput());
    assertEquals("", run.stderr(), run.describeOutput());
    List<Outcome> outcomes = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    for (String line : run.stdout().split("\n", -1)) {
      if (line.startsWith("OK") || line.startsWith("ERR ")) {
        outcomes.add(new Outcome(List.copyOf(entries), line));
        entries.clear();
      } else if (!line.isEmpty()) {
        entries.add(line);
      }
    }
    assertEquals(commands.length, outcomes.size(), "one status per command" + run.describeOutput());
    return outcomes;
  }

  /** The statuses of {@code outcomes}, in order. */
  static List<String> statuses(List<Outcome> outcomes) {
    return outcomes.stream().map(Outcome::status).toList();
  }

  /**
   * What {@code list} prints for the {@link SampleTree} with {@code more} files, sorted: "D\t<dir>"
   * and "F\t<file>\t<size>"; for {@code mirror} ({@code copied}), file lines end with the number of
   * bytes copied, "\t<size>" again.
   */
  static List<String> listingOf(Map<String, byte[]> more, boolean copied) {
    Map<String, byte[]> files = SampleTree.files(more);
    List<String> lines = new ArrayList<>();
    SampleTree.directories(files.keySet()).forEach(dir -> lines.add(command("D", dir)));
    files.forEach(
        (name, content) -> {
          String size = Integer.toString(content.length);
          lines.add(copied ? command("F", name, size, size) : command("F", name, size));
        });
    return lines.stream().sorted().toList();
  }

  /** The {@code hash} command's status for {@code content}. */
  static String hashOf(byte[] content) {
    return "OK " + content.length + " " + sha256(content);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
