package dev.wasi4j.fs.vfs;

import static dev.wasi4j.fs.vfs.LargeArchive.ENTRY;
import static dev.wasi4j.fs.vfs.LargeArchive.ENTRY_MIB;
import static dev.wasi4j.fs.vfs.LargeArchive.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasi4j.Engine;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A guest reads a 64 MiB archive entry through a {@link VfsMounts} mount in a child JVM whose heap
 * (64 MiB) cannot hold the entry, so the entry must stream from archive to guest memory; the
 * SHA-256 the guest computes must be the one computed while the archive was written. The child's
 * peak heap use is printed for the record, not asserted. The compiler runs the guest: the
 * interpreter would spend minutes hashing 64 MiB, and the path from archive to guest is the same.
 */
class GuestLargeEntryTest {
  private static final String CHILD_HEAP = "-Xmx64m";

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"big.zip", "big.tgz"})
  void guestHashesASixtyFourMebibyteEntryInASmallHeap(String archiveName) throws Exception {
    Path archive = temp.resolve(archiveName);
    String expected = LargeArchive.write(archive);

    Map<String, String> result =
        LargeArchive.runInChildJvm(
            CHILD_HEAP,
            GuestLargeEntryReader.class,
            archive.toString(),
            ENTRY,
            Engine.COMPILER.name());

    assertEquals("OK " + (long) ENTRY_MIB * MIB + " " + expected, result.get("guest"));
    System.out.printf(
        "%s through a guest: %d MiB entry hashed in a JVM with max heap %d MiB;"
            + " peak heap used %.1f MiB%n",
        archiveName,
        ENTRY_MIB,
        Long.parseLong(result.get("maxHeap")) / MIB,
        Long.parseLong(result.get("peakHeap")) / (double) MIB);
  }
}
