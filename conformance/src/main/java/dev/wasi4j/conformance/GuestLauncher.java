package dev.wasi4j.conformance;

import dev.wasi4j.Mount;
import dev.wasi4j.PreparedModule;
import dev.wasi4j.Wasi;
import dev.wasi4j.WasiTrapException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one guest, in-process, on a thread of its own, so that a guest that does not end can be
 * stopped: when its time is up the thread is interrupted, which Chicory's interpreter and compiled
 * code check (and wasi4j's blocking calls honour), so the guest traps out. A thread that still does
 * not end within {@link #GRACE} is abandoned (it is a daemon thread) and the run reported as such.
 */
final class GuestLauncher {
  /** How long an interrupted guest gets to stop. */
  static final Duration GRACE = Duration.ofSeconds(5);

  /** Stack for the guest's thread: compiled guests recurse on the JVM stack. */
  private static final long STACK_SIZE = 64L << 20;

  private GuestLauncher() {}

  /**
   * Runs {@code module} with {@code run}'s arguments, environment and preopens served by {@code
   * backend}, empty stdin and captured stdout/stderr, for at most {@code budget}.
   *
   * @param test the test, for argv[0], the directory {@code root} and {@code dirs} are relative to,
   *     and the thread's name
   * @throws InterruptedException if the calling thread is interrupted while waiting (the guest's
   *     thread is interrupted too)
   */
  static GuestOutcome launch(
      TestCase test, Operation.Run run, Backend backend, PreparedModule module, Duration budget)
      throws InterruptedException {
    CapturedOutput stdout = new CapturedOutput();
    CapturedOutput stderr = new CapturedOutput();
    FutureTask<Integer> guest =
        new FutureTask<>(
            () -> {
              try (Wasi wasi = sandbox(test, run, backend, stdout, stderr)) {
                return wasi.start(wasi.instantiate(module));
              }
            });
    Thread thread = new Thread(null, guest, "wasi4j guest " + test.id(), STACK_SIZE);
    thread.setDaemon(true);
    thread.start();
    try {
      int exitCode = guest.get(Math.max(budget.toNanos(), 0), TimeUnit.NANOSECONDS);
      return new GuestOutcome(GuestOutcome.Ending.EXITED, exitCode, null, stdout, stderr);
    } catch (TimeoutException e) {
      thread.interrupt();
      thread.join(GRACE.toMillis());
      String fate =
          thread.isAlive()
              ? "it did not stop within " + GRACE.toSeconds() + " s of being interrupted and was abandoned"
              : "it was interrupted and stopped";
      return new GuestOutcome(
          GuestOutcome.Ending.TIMED_OUT,
          0,
          "the guest did not end within " + seconds(budget) + "; " + fate,
          stdout,
          stderr);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof WasiTrapException) {
        return new GuestOutcome(
            GuestOutcome.Ending.TRAPPED, 0, Reasons.describe(cause), stdout, stderr);
      }
      return new GuestOutcome(
          GuestOutcome.Ending.HOST_ERROR, 0, Reasons.describe(cause), stdout, stderr);
    } catch (InterruptedException e) {
      thread.interrupt();
      throw e;
    }
  }

  /** The guest's WASI: argv[0] is the module's file name, then the spec's arguments. */
  private static Wasi sandbox(
      TestCase test, Operation.Run run, Backend backend, CapturedOutput stdout, CapturedOutput stderr)
      throws IOException {
    Wasi.Builder builder =
        Wasi.builder()
            .args(test.module().getFileName().toString())
            .args(run.args())
            .env(run.env())
            .stdin(new ByteArrayInputStream(new byte[0]))
            .stdout(stdout)
            .stderr(stderr);
    List<Mount> mounted = new ArrayList<>();
    try {
      for (Operation.Run.Preopen preopen : run.preopens()) {
        Mount mount = backend.mount(test.directory().resolve(preopen.directory()));
        mounted.add(mount);
        builder.preopen(preopen.guestPath(), mount);
      }
    } catch (IOException | RuntimeException e) {
      // The Wasi was not built, so nothing else releases what was mounted (in-memory copies, VFS).
      for (Mount mount : mounted) {
        try {
          mount.close();
        } catch (IOException closing) {
          e.addSuppressed(closing);
        }
      }
      throw e;
    }
    return builder.build();
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
