package dev.wasi4j.fs.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 64 MiB archive entry streams through the provider in bounded memory: a child JVM with a 32 MiB
 * heap, half the entry's size, reads it (holding it whole would be an OutOfMemoryError) and its
 * SHA-256 must match the one computed while the archive was written. The child's peak heap use is
 * printed for the record; bzip2 is left out only because compressing 64 MiB with it is slow.
 */
class LargeEntryStreamingTest {
  private static final int MIB = 1024 * 1024;
  private static final int ENTRY_MIB = 64;
  private static final String ENTRY = "big/données-64MiB.bin";
  private static final String CHILD_HEAP = "-Xmx32m";

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"big.zip", "big.tar", "big.tgz"})
  void sixtyFourMebibyteEntryStreamsInASmallHeap(String archiveName) throws Exception {
    Path archive = temp.resolve(archiveName);
    String expected = writeArchive(archive);

    Map<String, String> result = readInChildJvm(archive);

    assertEquals(Long.toString((long) ENTRY_MIB * MIB), result.get("bytes"));
    assertEquals(expected, result.get("sha256"));
    long peak = Long.parseLong(result.get("peakHeap"));
    assertTrue(peak < (long) ENTRY_MIB * MIB / 2, "peak heap " + peak);
    System.out.printf(
        "%s: %d MiB entry read in a JVM with max heap %d MiB; peak heap used %.1f MiB%n",
        archiveName, ENTRY_MIB, Long.parseLong(result.get("maxHeap")) / MIB, peak / (double) MIB);
  }

  /** Writes an archive with a small file and the big entry; returns the big entry's SHA-256. */
  private static String writeArchive(Path archive) throws IOException, NoSuchAlgorithmException {
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

  private static Map<String, String> readInChildJvm(Path archive)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                CHILD_HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                LargeEntryReader.class.getName(),
                archive.toString(),
                ENTRY)
            .redirectErrorStream(true)
            .start();
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
}
