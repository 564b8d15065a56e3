package dev.wasi4j.bench;

import dev.wasi4j.Engine;
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
 * One benchmark guest run to completion under a WASI implementation, an engine and a backend. The
 * score is the time of one whole run ({@link Workload#count()} operations); the sandbox is
 * emptied and the guest instantiated before each run, untimed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class GuestBenchmark {
  @Param public Workload workload;
  @Param public Implementation implementation;
  @Param public Engine engine;
  @Param public Backend backend;

  private Sandbox sandbox;
  private CompiledGuest guest;
  private GuestRun run;

  @Setup(Level.Trial)
  public void openSandbox() throws IOException {
    sandbox = backend.open();
    guest = CompiledGuest.load(workload.guest(), engine);
  }

  @Setup(Level.Invocation)
  public void prepareRun() throws IOException {
    sandbox.clear();
    workload.prepare(sandbox.root());
    run =
        GuestRun.prepare(
            implementation, guest, workload.args(workload.count()), sandbox.root());
  }

  @Benchmark
  public int run(AllocationCounter allocation) {
    allocation.begin();
    int exitCode = run.start();
    allocation.end();
    return exitCode;
  }

  @TearDown(Level.Invocation)
  public void checkRun() {
    run.close();
    run.requireSuccess(workload.okLine(workload.count()));
  }

  @TearDown(Level.Trial)
  public void closeSandbox() throws IOException {
    sandbox.close();
  }
}
