package dev.wasi4j.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The host-Java baseline of a workload: its operations done directly with java.nio on the backend,
 * in a sandbox prepared exactly as for {@link GuestBenchmark}. The no-op call has no baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class HostNioBenchmark {
  @Param({"WRITE_SMALL", "STAT_DEEP", "OPEN_CLOSE", "BULK_RW", "READDIR"})
  public Workload workload;

  @Param public Backend backend;

  private Sandbox sandbox;

  @Setup(Level.Trial)
  public void openSandbox() throws IOException {
    sandbox = backend.open();
  }

  @Setup(Level.Invocation)
  public void prepareRun() throws IOException {
    sandbox.clear();
    workload.prepare(sandbox.root());
  }

  @Benchmark
  public void run(AllocationCounter allocation) throws IOException {
    allocation.begin();
    workload.runOnHost(sandbox.root(), workload.count());
    allocation.end();
  }

  @TearDown(Level.Trial)
  public void closeSandbox() throws IOException {
    sandbox.close();
  }
}
