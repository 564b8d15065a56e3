package dev.wasi4j.bench;

import dev.wasi4j.Engine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;

/**
 * The comparison table of a report, in Markdown: one row per workload, backend and engine, with time
 * and allocation per operation of wasi4j, Chicory's WASI and host java.nio, and the ratios checked
 * against the targets (never asserted; a ✗ marks a miss):
 *
 * <ul>
 *   <li>wasi4j/Chicory ≤ 0.5 on every workload;
 *   <li>wasi4j/NIO ≤ 1.25 for {@link Workload#BULK_RW} (throughput at least 0.8× host NIO);
 *   <li>wasi4j ≤ 2 × (calls per operation × the no-op call + NIO), the per-call budget;
 *   <li>for {@link Workload#BULK_RW}, allocation per 64 KiB operation under 1 KiB (not proportional
 *       to the bytes moved).
 * </ul>
 */
final class ReportTable {
  /** Whose numbers a cell holds. */
  private enum Subject {
    WASI4J,
    CHICORY,
    NIO
  }

  private record Key(Workload workload, Backend backend, Engine engine, Subject subject) {}

  private final Map<Key, PerOperation> cells = new HashMap<>();

  private ReportTable() {}

  static ReportTable of(Collection<RunResult> results) {
    ReportTable table = new ReportTable();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      Workload workload = Workload.valueOf(params.getParam("workload"));
      Backend backend = Backend.valueOf(params.getParam("backend"));
      PerOperation value = PerOperation.of(result, workload.count());
      if (params.getBenchmark().contains(HostNioBenchmark.class.getSimpleName())) {
        for (Engine engine : Engine.values()) {
          table.cells.put(new Key(workload, backend, engine, Subject.NIO), value);
        }
      } else {
        Engine engine = Engine.valueOf(params.getParam("engine"));
        Subject subject = Subject.valueOf(params.getParam("implementation"));
        table.cells.put(new Key(workload, backend, engine, subject), value);
      }
    }
    return table;
  }

  String markdown() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "| workload | backend | engine | wasi4j | Chicory | NIO | wasi4j/Chicory | wasi4j/NIO"
            + " | per-call budget | alloc/op wasi4j | alloc/op Chicory | alloc/op NIO |");
    lines.add("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (Workload workload : Workload.values()) {
      for (Backend backend : Backend.values()) {
        for (Engine engine : Engine.values()) {
          PerOperation wasi4j = cell(workload, backend, engine, Subject.WASI4J);
          PerOperation chicory = cell(workload, backend, engine, Subject.CHICORY);
          PerOperation nio = cell(workload, backend, engine, Subject.NIO);
          if (wasi4j == null && chicory == null && nio == null) {
            continue;
          }
          lines.add(row(workload, backend, engine, wasi4j, chicory, nio));
        }
      }
    }
    lines.add("");
    lines.add("Time and allocation are per operation; time is the mean ± the standard deviation of the measured iterations:");
    for (Workload workload : Workload.values()) {
      lines.add(
          "- " + workload + " (" + workload.guest() + ", " + workload.count() + " per run): "
              + workload.operation());
    }
    lines.add(
        "Targets (✗ = missed): wasi4j/Chicory ≤ 0.5; BULK_RW wasi4j/NIO ≤ 1.25 (throughput ≥ 0.8×"
            + " NIO); wasi4j ≤ per-call budget = 2 × (calls per op × wasi4j's no-op call on the same"
            + " engine + NIO); BULK_RW alloc/op < 1 KiB. Allocation counts the measured runs only.");
    return String.join("\n", lines);
  }

  private PerOperation cell(Workload workload, Backend backend, Engine engine, Subject subject) {
    return cells.get(new Key(workload, backend, engine, subject));
  }

  private String row(
      Workload workload,
      Backend backend,
      Engine engine,
      PerOperation wasi4j,
      PerOperation chicory,
      PerOperation nio) {
    boolean bulk = workload == Workload.BULK_RW;
    Double budget = budget(workload, engine, nio);
    return "| "
        + String.join(
            " | ",
            workload.name(),
            workload.hasHostRun() ? backend.name() : "—",
            engine.name(),
            time(wasi4j),
            time(chicory),
            time(nio),
            ratio(wasi4j, chicory, 0.5),
            ratio(wasi4j, nio, bulk ? 1.25 : Double.NaN),
            budget == null
                ? "—"
                : nanos(budget) + (wasi4j == null ? "" : wasi4j.nanos() <= budget ? " ✓" : " ✗"),
            bytes(wasi4j) + (bulk && wasi4j != null ? wasi4j.allocatedBytes() < 1024 ? " ✓" : " ✗" : ""),
            bytes(chicory),
            bytes(nio))
        + " |";
  }

  /** 2 × (calls × no-op call + NIO operation), or null when either is unknown. */
  private Double budget(Workload workload, Engine engine, PerOperation nio) {
    PerOperation noop = null;
    for (Backend backend : Backend.values()) {
      PerOperation candidate = cell(Workload.NOOP, backend, engine, Subject.WASI4J);
      noop = candidate != null ? candidate : noop;
    }
    if (noop == null) {
      return null;
    }
    if (workload == Workload.NOOP) {
      return 2 * noop.nanos();
    }
    return nio == null ? null : 2 * (workload.callsPerOperation() * noop.nanos() + nio.nanos());
  }

  private static String ratio(PerOperation a, PerOperation b, double target) {
    if (a == null || b == null) {
      return "—";
    }
    double ratio = a.nanos() / b.nanos();
    String mark = Double.isNaN(target) ? "" : ratio <= target ? " ✓" : " ✗";
    return String.format(Locale.ROOT, "%.2f", ratio) + mark;
  }

  private static String time(PerOperation value) {
    if (value == null) {
      return "—";
    }
    String deviation =
        Double.isNaN(value.deviationNanos())
            ? ""
            : String.format(Locale.ROOT, " ±%.0f%%", 100 * value.deviationNanos() / value.nanos());
    return nanos(value.nanos()) + deviation;
  }

  static String nanos(double nanos) {
    if (nanos < 1_000) {
      return String.format(Locale.ROOT, "%.0f ns", nanos);
    }
    if (nanos < 1_000_000) {
      return String.format(Locale.ROOT, "%.2f µs", nanos / 1_000);
    }
    return String.format(Locale.ROOT, "%.2f ms", nanos / 1_000_000);
  }

  private static String bytes(PerOperation value) {
    if (value == null || Double.isNaN(value.allocatedBytes())) {
      return "—";
    }
    double b = value.allocatedBytes();
    if (b < 10_000) {
      return String.format(Locale.ROOT, "%.0f B", b);
    }
    return String.format(Locale.ROOT, "%.1f KiB", b / 1024);
  }
}
