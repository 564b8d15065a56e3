package dev.wasi4j.fs.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The 64 MiB archive entry of the bounded-memory tests, and the child JVM with a small heap that
 * reads it: holding the entry whole would be an OutOfMemoryError there.
 */
final class LargeArchive {
  static final int MIB = 1024 * 1024;
  static final int ENTRY_MIB = 64;
  static final String ENTRY = "big/données-64MiB.bin";

  private LargeArchive() {}

  /**
   * Writes an archive (.zip, .tar or .tgz, by its name) with a small file and the big entry of
   * seeded random, incompressible bytes; returns the big entry's SHA-256.
   */
  static String write(Path archive) throws IOException, NoSuchAlgorithmException {
    byte[] small = "before the big one\n".getBytes(StandardCharsets.UTF_8);
    String name = archive.getFileName().toString();
    if (name.endsWith(".zip")) {
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
        zip.putNextEntry(new ZipEntry("small.txt"));
        zip.write(small);
        zip.putNextEntry(new ZipEntry(ENTRY));
        return writeBigEntry(zip);
      }
    }
    Archives.Compression compression =
        name.endsWith(".tgz") ? Archives.Compression.GZIP : Archives.Compression.NONE;
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(compression.wrap(Files.newOutputStream(archive)))) {
      tar.setAddPaxHeadersForNonAsciiNames(true);
      TarArchiveEntry first = new TarArchiveEntry("small.txt");
      first.setSize(small.length);
      tar.putArchiveEntry(first);
      tar.write(small);
      tar.closeArchiveEntry();
      TarArchiveEntry big = new TarArchiveEntry(ENTRY);
      big.setSize((long) ENTRY_MIB * MIB);
      tar.putArchiveEntry(big);
      String sha = writeBigEntry(tar);
      tar.closeArchiveEntry();
      return sha;
    }
  }

  /** Writes 64 MiB of seeded random bytes (incompressible) a MiB at a time. */
  private static String writeBigEntry(OutputStream out)
      throws IOException, NoSuchAlgorithmException {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    SplittableRandom random = new SplittableRandom(64);
    byte[] chunk = new byte[MIB];
    for (int i = 0; i < ENTRY_MIB; i++) {
      random.nextBytes(chunk);
      sha256.update(chunk);
      out.write(chunk);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /**
   * Runs {@code main} in a child JVM with {@code heap} (e.g. {@code -Xmx32m}) and this JVM's class
   * path; it must exit 0. Returns the {@code key=value} lines it printed.
   */
  static Map<String, String> runInChildJvm(String heap, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "child JVM finished");
    assertEquals(0, child.exitValue(), output);
    Map<String, String> values = new HashMap<>();
    for (String line : output.split("\\R")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        values.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return values;
  }

  /**
   * The peak heap use since {@link #resetPeakHeap}: the sum of every heap pool's peak, an upper
   * bound (the pools peak at different moments).
   */
  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Collects garbage, then starts the heap pools' peaks afresh. */
  static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }
}
