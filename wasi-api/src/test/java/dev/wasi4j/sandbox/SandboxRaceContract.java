package dev.wasi4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Engine;
import dev.wasi4j.Mount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A host thread keeps swapping {@code sandbox/flip} between a real directory and a symlink to the
 * outside, while the guest reads and writes through {@code flip/} thousands of times: the swap may
 * make calls fail, but must never let one reach the outside.
 */
public abstract class SandboxRaceContract {
  private static final int ROUNDS = 5000;
  private static final Pattern REPEAT = Pattern.compile("OK ok=(\\d+) err=(\\d+)(.*)");

  /** A fresh layout on the backend under test. */
  protected abstract Layout newLayout() throws IOException;

  @Test
  void swappingADirectoryForALinkNeverLetsTheGuestOut() throws Exception {
    try (Layout layout = newLayout()) {
      Path real = Files.createDirectories(layout.sandbox.resolve("real"));
      Files.writeString(real.resolve("data.txt"), Layout.INSIDE);
      // A different size from the inside file, so that a stat of the outside one would show.
      String outsideData = Layout.SECRET + Layout.SECRET;
      Files.writeString(layout.outside.resolve("data.txt"), outsideData);
      layout.link("escape", "../outside");
      layout.link("escape_abs", layout.outside.toString());
      String before = layout.outsideSnapshot();

      Flipper flipper = new Flipper(layout.sandbox);
      Thread thread = new Thread(flipper, "flipper");
      thread.start();
      List<String> results;
      try {
        results =
            Probe.run(
                Mount.of(layout.sandbox),
                Engine.COMPILER,
                List.of(
                    "repeat " + ROUNDS + " read /sandbox/flip/data.txt",
                    "repeat " + ROUNDS + " write /sandbox/flip/written.txt X",
                    "repeat " + ROUNDS + " mkdir /sandbox/flip/newdir",
                    "repeat " + ROUNDS + " stat /sandbox/flip/data.txt"));
      } finally {
        flipper.stop.set(true);
        thread.join();
      }
      for (String result : results) {
        assertFalse(result.contains(Layout.SECRET), "outside bytes reached the guest: " + result);
        Matcher m = REPEAT.matcher(result);
        assertTrue(m.matches(), result);
        assertEquals(ROUNDS, Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)), result);
      }
      assertTrue(flipper.flips.get() > 0, "the host never swapped the directory");
      // Reads that succeeded saw the inside file only.
      Matcher reads = REPEAT.matcher(results.get(0));
      assertTrue(reads.matches());
      if (Long.parseLong(reads.group(1)) > 0) {
        assertEquals(" [" + Layout.INSIDE + "]", reads.group(3));
      }
      // Stats that succeeded describe the inside file (its size), never the outside one.
      assertFalse(results.get(3).contains("size=" + outsideData.length() + " "), results.get(3));
      assertTrue(results.get(3).matches("OK ok=0 err=.*|.*\\[file size=" + Layout.INSIDE.length() + " .*"), results.get(3));
      assertEquals(before, layout.outsideSnapshot(), "the outside tree changed");
      System.out.printf(
          "%s: %d swaps; reads %s; writes %s; mkdirs %s; stats %s%n",
          getClass().getSimpleName(), flipper.flips.get(), results.get(0), results.get(1), results.get(2), results.get(3));
    }
  }

  /** Moves {@code real}, {@code escape} and {@code escape_abs} in and out of the name {@code flip}. */
  private static final class Flipper implements Runnable {
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicLong flips = new AtomicLong();
    private final Path sandbox;

    Flipper(Path sandbox) {
      this.sandbox = sandbox;
    }

    @Override
    public void run() {
      Path flip = sandbox.resolve("flip");
      List<Path> candidates =
          List.of(sandbox.resolve("real"), sandbox.resolve("escape"), sandbox.resolve("real"),
              sandbox.resolve("escape_abs"));
      try {
        while (!stop.get()) {
          for (Path candidate : candidates) {
            Files.move(candidate, flip, StandardCopyOption.ATOMIC_MOVE);
            Thread.onSpinWait();
            Files.move(flip, candidate, StandardCopyOption.ATOMIC_MOVE);
            flips.incrementAndGet();
          }
        }
      } catch (IOException e) {
        throw new AssertionError("flipper failed", e);
      }
    }
  }
}
