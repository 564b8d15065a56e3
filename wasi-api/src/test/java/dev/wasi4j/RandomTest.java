package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.GuestRun;
import dev.wasi4j.testing.SyscallProbe;
import dev.wasi4j.testing.WasiRunner;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * {@code random_get}: the probe's {@code random LEN} steps write what each call produced to
 * stdout, raw. Each call of n bytes draws like one {@code Random.nextBytes(new byte[n])}, so a
 * seeded {@link Random} given to the builder makes the guest's bytes predictable.
 */
class RandomTest {
  private static final int MIB = 1 << 20;

  /** The bytes successive calls of {@code lengths} draw from a fresh {@code Random(seed)}. */
  private static byte[] expected(long seed, int... lengths) {
    Random random = new Random(seed);
    var out = new ByteArrayOutputStream();
    for (int length : lengths) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] draw(WasiRunner runner, int... lengths) {
    String[] steps =
        IntStream.of(lengths).mapToObj(length -> "random " + length).toArray(String[]::new);
    GuestRun run = SyscallProbe.runStatus(runner, steps);
    assertEquals(0, run.exitCode(), run::toString);
    return run.stdoutBytes();
  }

  /** Lengths across the host's 64 KiB chunking: under it, over it, not a multiple of 4. */
  @BothEngines
  void seededRandomGivesThatSeedsSequence(Engine engine) {
    int[] lengths = {1, MIB, 3, 100_003, 65_536, 7};
    byte[] bytes = draw(WasiRunner.on(engine).with(b -> b.random(new Random(42))), lengths);
    assertArrayEquals(expected(42, lengths), bytes);
  }

  /** A zero-length call succeeds and draws nothing: the next call starts the seed's sequence. */
  @BothEngines
  void zeroLengthDrawsNothing(Engine engine) {
    byte[] bytes = draw(WasiRunner.on(engine).with(b -> b.random(new Random(7))), 0, 16, 0);
    assertArrayEquals(expected(7, 16), bytes);
  }

  /** The default source: a MiB that is not constant, has every byte value, and differs per run. */
  @BothEngines
  void defaultSourceFillsAMebibyte(Engine engine) {
    byte[] first = draw(WasiRunner.on(engine), MIB);
    byte[] second = draw(WasiRunner.on(engine), MIB);
    assertEquals(MIB, first.length);
    boolean[] seen = new boolean[256];
    for (byte b : first) {
      seen[b & 0xFF] = true;
    }
    for (int value = 0; value < 256; value++) {
      assertEquals(true, seen[value], "byte value " + value + " never drawn in a MiB");
    }
    assertFalse(Arrays.equals(first, second), "two runs drew the same MiB");
  }
}
