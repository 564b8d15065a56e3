package dev.wasi4j.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The host-Java baselines: each workload's operations done directly with java.nio on the sandbox's
 * file system, with heap buffers as the guest's bytes live in a Java array. They check their results
 * as the guests do, and throw when the work was not done.
 */
final class HostNio {
  /** Bytes per write of {@code write_small}. */
  static final int SMALL_WRITE = 16;

  /** Bytes per chunk of {@code bulk_rw}. */
  static final int CHUNK = 64 * 1024;

  private HostNio() {}

  /** {@code count} writes of 16 bytes to a new {@code out.bin}. */
  static void writeSmall(Path sandbox, int count) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(pattern(SMALL_WRITE));
    try (SeekableByteChannel channel =
        Files.newByteChannel(
            sandbox.resolve("out.bin"),
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      for (int i = 0; i < count; i++) {
        buffer.clear();
        if (channel.write(buffer) != SMALL_WRITE) {
          throw new IOException("short write");
        }
      }
    }
  }

  /** {@code count} reads of the attributes of the deep fixture file. */
  static void statDeep(Path sandbox, int count) throws IOException {
    Path file = sandbox.resolve(Fixture.DEEP_FILE);
    for (int i = 0; i < count; i++) {
      if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
        throw new IOException(file + " is not a regular file");
      }
    }
  }

  /** {@code count} opens (for reading) and closes of the fixture file. */
  static void openClose(Path sandbox, int count) throws IOException {
    Path file = sandbox.resolve(Fixture.FILE);
    for (int i = 0; i < count; i++) {
      Files.newByteChannel(file, StandardOpenOption.READ).close();
    }
  }

  /** {@code count} chunks of 64 KiB written to a new {@code bulk.bin}, then read back and checked. */
  static void bulkReadWrite(Path sandbox, int count) throws IOException {
    ByteBuffer chunk = ByteBuffer.wrap(pattern(CHUNK));
    try (SeekableByteChannel channel =
        Files.newByteChannel(
            sandbox.resolve("bulk.bin"),
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE)) {
      for (int i = 0; i < count; i++) {
        chunk.clear();
        chunk.putLong(0, i);
        while (chunk.hasRemaining()) {
          channel.write(chunk);
        }
      }
      channel.position(0);
      for (int i = 0; i < count; i++) {
        chunk.clear();
        chunk.putLong(0, -1);
        while (chunk.hasRemaining()) {
          if (channel.read(chunk) < 0) {
            throw new IOException("end of file at chunk " + i);
          }
        }
        if (chunk.getLong(0) != i) {
          throw new IOException("chunk " + i + " read back wrong");
        }
      }
    }
  }

  /**
   * {@code count} empty files created in a new {@code entries/}, then listed with the type of each
   * (what a WASI dirent carries; java.nio needs an attribute read for it).
   */
  static void createAndList(Path sandbox, int count) throws IOException {
    Path entries = Files.createDirectory(sandbox.resolve("entries"));
    for (int i = 0; i < count; i++) {
      Files.newByteChannel(
              entries.resolve(entryName(i)),
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE)
          .close();
    }
    int files = 0;
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(entries)) {
      for (Path entry : listing) {
        if (!Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
            .isRegularFile()) {
          throw new IOException(entry + " is not a regular file");
        }
        files++;
      }
    }
    if (files != count) {
      throw new IOException("listed " + files + " entries, created " + count);
    }
  }

  /** {@code f000042} for 42, as the guest's {@code snprintf("f%06ld")}. */
  static String entryName(int i) {
    char[] name = {'f', '0', '0', '0', '0', '0', '0'};
    for (int at = name.length - 1, rest = i; rest > 0 && at > 0; at--, rest /= 10) {
      name[at] = (char) ('0' + rest % 10);
    }
    return new String(name);
  }

  private static byte[] pattern(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }
    return bytes;
  }
}
