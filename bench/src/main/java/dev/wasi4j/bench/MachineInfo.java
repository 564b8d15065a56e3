package dev.wasi4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a report was measured on, and how busy it was. */
final class MachineInfo {
  private MachineInfo() {}

  /** The 1, 5 and 15 minute load averages, from {@code /proc/loadavg}. */
  static String loadAverage() {
    String line = firstLine(Path.of("/proc/loadavg"), "");
    String[] fields = line.split(" ");
    return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "unknown";
  }

  static String describe(String loadBefore) {
    String cpu =
        readLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).trim())
            .findFirst()
            .orElse("unknown");
    return String.join(
        "\n",
        "Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (nproc), " + cpu + ", "
            + System.getProperty("os.name") + " " + System.getProperty("os.version"),
        "Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
            + " (" + System.getProperty("java.vendor") + ")",
        "Disk backend: under " + System.getProperty("wasi4j.bench.disk", System.getProperty("java.io.tmpdir")),
        "Load average (1/5/15 min): " + loadBefore + " before, " + loadAverage() + " after");
  }

  private static String firstLine(Path file, String fallback) {
    List<String> lines = readLines(file);
    return lines.isEmpty() ? fallback : lines.get(0);
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      return List.of();
    }
  }
}
