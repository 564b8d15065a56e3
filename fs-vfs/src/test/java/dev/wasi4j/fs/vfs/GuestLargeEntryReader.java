package dev.wasi4j.fs.vfs;

import static dev.wasi4j.fs.vfs.VfsTool.command;

import dev.wasi4j.Engine;
import dev.wasi4j.Mount;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a child JVM with a small heap by {@link GuestLargeEntryTest}: mounts a zip or tgz archive
 * and has the {@code vfs_tool} guest hash one entry, reading it with a 64 KiB buffer. Prints what
 * the guest printed ({@code OK <bytes> <sha256>}) and the peak heap use over the whole guest run,
 * module parsing, compiling and instantiation included (the sum of every heap pool's peak, an upper
 * bound).
 */
public final class GuestLargeEntryReader {
  private GuestLargeEntryReader() {}

  /** Arguments: the archive, the entry's path in it, the engine. */
  public static void main(String[] args) throws Exception {
    Path archive = Path.of(args[0]);
    Mount mount =
        archive.getFileName().toString().endsWith(".zip")
            ? VfsMounts.zip(archive)
            : VfsMounts.tgz(archive);
    Engine engine = Engine.valueOf(args[2]);
    LargeArchive.resetPeakHeap();
    // The guest's run closes the mount.
    String status =
        VfsTool.run(engine, Map.of("/archive", mount), command("hash", "/archive/" + args[1]))
            .get(0)
            .status();
    long peak = LargeArchive.peakHeap();
    System.out.println("guest=" + status);
    System.out.println("peakHeap=" + peak);
    System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
  }
}
