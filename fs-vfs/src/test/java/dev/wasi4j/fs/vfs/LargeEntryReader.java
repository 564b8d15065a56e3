package dev.wasi4j.fs.vfs;

import dev.wasi4j.Mount;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Run in a child JVM with a small heap by {@link LargeEntryStreamingTest}: mounts an archive, reads
 * one entry through the provider with a 16 KiB buffer, and prints the entry's SHA-256 and the peak
 * heap use while reading (the sum of every heap pool's peak, an upper bound).
 */
public final class LargeEntryReader {
  private LargeEntryReader() {}

  public static void main(String[] args) throws Exception {
    Path archive = Path.of(args[0]);
    String entry = args[1];
    Mount mount =
        archive.getFileName().toString().endsWith(".zip")
            ? VfsMounts.zip(archive)
            : VfsMounts.tar(archive);
    try (FileSystem fileSystem = mount.root().getFileSystem()) {
      LargeArchive.resetPeakHeap();
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
      long total = 0;
      try (SeekableByteChannel channel = Files.newByteChannel(fileSystem.getPath("/", entry))) {
        int count;
        while ((count = channel.read(buffer)) >= 0) {
          sha256.update(buffer.array(), 0, count);
          buffer.clear();
          total += count;
        }
      }
      long peak = LargeArchive.peakHeap();
      System.out.println("sha256=" + HexFormat.of().formatHex(sha256.digest()));
      System.out.println("bytes=" + total);
      System.out.println("peakHeap=" + peak);
      System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
    }
  }
}
