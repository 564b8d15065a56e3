package dev.wasi4j.spi;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.attribute.FileTime;

/**
 * What java.nio cannot do with an open file channel of one provider: read the attributes of the
 * file it is open on ({@code fstat}) and set its times ({@code futimens}). A WASI descriptor needs
 * both after its file was renamed or unlinked, when no path leads to it any more.
 *
 * <p>wasi4j itself reaches the files of the JDK's file channels on Linux ({@code /proc/self/fd});
 * {@code fs-memory} registers an implementation for Jimfs. Implementations are found with {@link
 * java.util.ServiceLoader}. Without one, a descriptor reaches its file through the directory and
 * name it was opened by, and reports what it last knew once that name leads elsewhere.
 */
public interface OpenFileExtensions {

  /** Whether this implementation handles {@code channel}. */
  boolean supports(SeekableByteChannel channel);

  /** The attributes of the open file. */
  InodeAttributes readAttributes(SeekableByteChannel channel) throws IOException;

  /** Sets the open file's times; {@code null} leaves one unchanged. */
  void setTimes(SeekableByteChannel channel, FileTime lastAccess, FileTime lastModified)
      throws IOException;
}
