package dev.wasi4j.fs.vfs;

import static dev.wasi4j.fs.vfs.LargeArchive.ENTRY;
import static dev.wasi4j.fs.vfs.LargeArchive.ENTRY_MIB;
import static dev.wasi4j.fs.vfs.LargeArchive.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
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
  private static final String CHILD_HEAP = "-Xmx32m";

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"big.zip", "big.tar", "big.tgz"})
  void sixtyFourMebibyteEntryStreamsInASmallHeap(String archiveName) throws Exception {
    Path archive = temp.resolve(archiveName);
    String expected = LargeArchive.write(archive);

    Map<String, String> result =
        LargeArchive.runInChildJvm(
            CHILD_HEAP, LargeEntryReader.class, archive.toString(), ENTRY);

    assertEquals(Long.toString((long) ENTRY_MIB * MIB), result.get("bytes"));
    assertEquals(expected, result.get("sha256"));
    long peak = Long.parseLong(result.get("peakHeap"));
    assertTrue(peak < (long) ENTRY_MIB * MIB / 2, "peak heap " + peak);
    System.out.printf(
        "%s: %d MiB entry read in a JVM with max heap %d MiB; peak heap used %.1f MiB%n",
        archiveName, ENTRY_MIB, Long.parseLong(result.get("maxHeap")) / MIB, peak / (double) MIB);
  }
}
