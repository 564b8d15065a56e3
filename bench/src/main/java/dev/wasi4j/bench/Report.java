package dev.wasi4j.bench;

import dev.wasi4j.Engine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks (JMH, in forked JVMs, with {@code -prof gc}) and prints the comparison table:
 * per workload, backend and engine, the time and allocation per operation of wasi4j, Chicory's WASI
 * and host java.nio, and their ratios against the targets.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.wasi4j.bench.Report [JMH options]
 * </pre>
 *
 * <p>JMH's command-line options apply ({@code -wi 5 -i 10 -f 2} for a longer run, {@code -p
 * workload=BULK_RW,STAT_DEEP} to run fewer workloads, and so on); the benchmarks' annotations give the
 * short setting. The no-op call runs on the disk backend only: it touches no file.
 */
public final class Report {
  private Report() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    String loadBefore = MachineInfo.loadAverage();
    List<RunResult> results = new ArrayList<>();
    Set<String> fileWorkloads =
        chosen(cli, "workload", Stream.of(Workload.values()).filter(Workload::hasHostRun));
    if (!fileWorkloads.isEmpty()) {
      results.addAll(
          run(cli, fileWorkloads, chosen(cli, "backend", Stream.of(Backend.values())), true));
    }
    if (!chosen(cli, "workload", Stream.of(Workload.NOOP)).isEmpty()) {
      results.addAll(run(cli, Set.of(Workload.NOOP.name()), Set.of(Backend.DISK.name()), false));
    }
    System.out.println();
    System.out.println(ReportTable.of(results).markdown());
    System.out.println(MachineInfo.describe(loadBefore));
  }

  private static Collection<RunResult> run(
      CommandLineOptions cli, Set<String> workloads, Set<String> backends, boolean withHost)
      throws Exception {
    String benchmarks =
        withHost
            ? "\\.(" + GuestBenchmark.class.getSimpleName() + "|"
                + HostNioBenchmark.class.getSimpleName() + ")\\."
            : "\\." + GuestBenchmark.class.getSimpleName() + "\\.";
    OptionsBuilder options = new OptionsBuilder();
    options
        .parent(cli)
        .include(benchmarks)
        .param("workload", workloads.toArray(String[]::new))
        .param("backend", backends.toArray(String[]::new))
        .param("implementation", chosen(cli, "implementation", Stream.of(Implementation.values())).toArray(String[]::new))
        .param("engine", chosen(cli, "engine", Stream.of(Engine.values())).toArray(String[]::new))
        .addProfiler(GCProfiler.class);
    return new Runner(options.build()).run();
  }

  /** The values of {@code param} among {@code all} that the command line asks for (all if none). */
  private static Set<String> chosen(
      CommandLineOptions cli, String param, Stream<? extends Enum<?>> all) {
    Set<String> names = all.map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    if (cli.getParameter(param).hasValue()) {
      names.retainAll(cli.getParameter(param).get());
    }
    return names;
  }
}
