package dev.wasi4j.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarked workloads: a guest program, its arguments for a given count of operations, the
 * files it expects in the sandbox, and the same operations done directly with java.nio on the host.
 * Every time reported is divided by the count, so that workloads compare per operation.
 */
public enum Workload {
  NOOP(
      "noop_call", 100_000, 1, "1 call of the no-op import bench.noop",
      List.of(), Fixture.NONE, null),
  WRITE_SMALL(
      "write_small", 20_000, 1, "1 fd_write of 16 B to a file",
      List.of(Integer.toString(HostNio.SMALL_WRITE)), Fixture.NONE, HostNio::writeSmall),
  STAT_DEEP(
      "stat_deep", 2_000, 1, "1 path_filestat_get of a/b/c/d/file",
      List.of(Fixture.DEEP_FILE), Fixture::deepFile, HostNio::statDeep),
  OPEN_CLOSE(
      "open_close", 2_000, 2, "1 path_open (read) + 1 fd_close of an existing file",
      List.of(Fixture.FILE), Fixture::file, HostNio::openClose),
  BULK_RW(
      "bulk_rw", 1024, 2, "64 KiB written (1 fd_write) and read back (1 fd_read)",
      List.of(Integer.toString(HostNio.CHUNK)), Fixture.NONE, HostNio::bulkReadWrite),
  READDIR(
      "readdir_many", 5_000, 2, "1 file created (path_open + fd_close) and listed (fd_readdir)",
      List.of(), Fixture.NONE, HostNio::createAndList);

  /** The operations of a workload done by the host with java.nio. */
  interface HostRun {
    void run(Path sandbox, int count) throws IOException;
  }

  private final String guest;
  private final int defaultCount;
  private final int callsPerOperation;
  private final String operation;
  /** The guest's arguments after the count. */
  private final List<String> argsAfterCount;
  private final Fixture fixture;
  private final HostRun host;

  Workload(
      String guest,
      int defaultCount,
      int callsPerOperation,
      String operation,
      List<String> argsAfterCount,
      Fixture fixture,
      HostRun host) {
    this.guest = guest;
    this.defaultCount = defaultCount;
    this.callsPerOperation = callsPerOperation;
    this.operation = operation;
    this.argsAfterCount = argsAfterCount;
    this.fixture = fixture;
    this.host = host;
  }

  /** The guest's name: {@code /guests/<guest>.wasm}. */
  public String guest() {
    return guest;
  }

  /**
   * Operations per run in the benchmarks: a count that keeps a run of the slowest implementation
   * around a second, times {@code -Dwasi4j.bench.scale} (default 1; JMH's forks inherit it).
   */
  public int count() {
    return defaultCount * Integer.getInteger("wasi4j.bench.scale", 1);
  }

  /** Host calls the guest makes per operation (at least), for the per-call budget. */
  public int callsPerOperation() {
    return callsPerOperation;
  }

  /** What one operation is. */
  public String operation() {
    return operation;
  }

  /** The guest's command line for {@code count} operations, its program name first. */
  public List<String> args(int count) {
    List<String> args = new ArrayList<>();
    args.add(guest);
    args.add(Integer.toString(count));
    args.addAll(argsAfterCount);
    return args;
  }

  /** The line the guest prints when it did the {@code count} operations. */
  public String okLine(int count) {
    return guest + " ok " + count;
  }

  /** Creates the files the workload expects in an empty sandbox. */
  public void prepare(Path sandbox) throws IOException {
    fixture.create(sandbox);
  }

  /** Whether the workload has a java.nio equivalent (the no-op call has none). */
  public boolean hasHostRun() {
    return host != null;
  }

  /** Does the workload's operations directly with java.nio, in a prepared sandbox. */
  public void runOnHost(Path sandbox, int count) throws IOException {
    if (host == null) {
      throw new UnsupportedOperationException(this + " has no java.nio equivalent");
    }
    host.run(sandbox, count);
  }
}
