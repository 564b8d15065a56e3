package dev.wasi4j.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives the {@code syscall_probe} guest (see {@code src/test/guests/syscall_probe.c}): each step is
 * one raw preview 1 call, reported as a line {@code "<errno> key=value ..."} that {@link Report}
 * parses.
 */
public final class SyscallProbe {
  public static final String GUEST = "syscall_probe";

  private SyscallProbe() {}

  /**
   * Runs {@code steps} on {@code runner} (argv[0] is "probe"); the run must exit 0. Returns the
   * reports on stdout, then those on stderr: in step order when a {@code report 2} step moved them
   * from one to the other.
   */
  public static List<Report> run(WasiRunner runner, String... steps) {
    GuestRun run = runStatus(runner, steps);
    if (run.exitCode() != 0) {
      throw new AssertionError("probe exited " + run.exitCode() + run.describeOutput());
    }
    return parse(run.stdout() + run.stderr());
  }

  /** Runs {@code steps}, whatever the exit code; the reports are in the run's output. */
  public static GuestRun runStatus(WasiRunner runner, String... steps) {
    String[] argv = new String[steps.length + 1];
    argv[0] = "probe";
    System.arraycopy(steps, 0, argv, 1, steps.length);
    return runner.args(argv).run(GUEST);
  }

  /** The report lines in {@code output}. */
  public static List<Report> parse(String output) {
    List<Report> reports = new ArrayList<>();
    output.lines().forEach(line -> reports.add(Report.parse(line)));
    return reports;
  }

  /** One step's report: the errno of its call and the values it printed. */
  public static final class Report {
    private final String line;
    private final int errno;
    private final Map<String, String> values;

    private Report(String line, int errno, Map<String, String> values) {
      this.line = line;
      this.errno = errno;
      this.values = values;
    }

    static Report parse(String line) {
      String head = line;
      String data = null;
      int dataAt = line.indexOf(" data=[");
      if (dataAt >= 0 && line.endsWith("]")) {
        head = line.substring(0, dataAt);
        data = line.substring(dataAt + 7, line.length() - 1);
      }
      String[] words = head.split(" ");
      Map<String, String> values = new LinkedHashMap<>();
      for (String word : Arrays.asList(words).subList(1, words.length)) {
        int eq = word.indexOf('=');
        if (eq < 0) {
          throw new AssertionError("not a probe report: " + line);
        }
        values.put(word.substring(0, eq), word.substring(eq + 1));
      }
      if (data != null) {
        values.put("data", data);
      }
      return new Report(line, Integer.parseInt(words[0]), values);
    }

    public int errno() {
      return errno;
    }

    /** The value printed as {@code key}, as text; fails if there is none. */
    public String text(String key) {
      String value = values.get(key);
      if (value == null) {
        throw new AssertionError("no " + key + " in probe report: " + line);
      }
      return value;
    }

    /** The value printed as {@code key}: decimal, 0x-hex or negative. */
    public long number(String key) {
      String value = text(key);
      return value.startsWith("0x")
          ? Long.parseUnsignedLong(value.substring(2), 16)
          : Long.parseUnsignedLong(value.startsWith("-") ? value.substring(1) : value)
              * (value.startsWith("-") ? -1 : 1);
    }

    public boolean has(String key) {
      return values.containsKey(key);
    }

    @Override
    public String toString() {
      return line;
    }
  }
}
