package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Writes archives for tests: zip with {@code java.util.zip}, tar with commons-compress. Entries are
 * given in order as name to content; a name ending in {@code /} is a directory (content ignored).
 */
final class Archives {
  private Archives() {}

  /** How a tar is compressed. */
  enum Compression {
    NONE,
    GZIP,
    BZIP2;

    OutputStream wrap(OutputStream raw) throws IOException {
      switch (this) {
        case GZIP:
          return new GzipCompressorOutputStream(raw);
        case BZIP2:
          return new BZip2CompressorOutputStream(raw);
        default:
          return raw;
      }
    }
  }

  static Path zip(Path zip, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        if (!entry.getKey().endsWith("/")) {
          out.write(entry.getValue());
        }
        out.closeEntry();
      }
    }
    return zip;
  }

  static Path tar(Path tar, Compression compression, Map<String, byte[]> entries)
      throws IOException {
    try (TarArchiveOutputStream out =
        new TarArchiveOutputStream(compression.wrap(Files.newOutputStream(tar)))) {
      // PAX headers carry non-ASCII names as UTF-8, as tar --format=posix does.
      out.setAddPaxHeadersForNonAsciiNames(true);
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        TarArchiveEntry header = new TarArchiveEntry(entry.getKey());
        boolean file = !entry.getKey().endsWith("/");
        if (file) {
          header.setSize(entry.getValue().length);
        }
        out.putArchiveEntry(header);
        if (file) {
          out.write(entry.getValue());
        }
        out.closeArchiveEntry();
      }
    }
    return tar;
  }
}
