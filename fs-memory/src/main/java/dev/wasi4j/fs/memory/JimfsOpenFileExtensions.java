package dev.wasi4j.fs.memory;

import static dev.wasi4j.fs.memory.JimfsInternals.JIMFS;

import dev.wasi4j.spi.InodeAttributes;
import dev.wasi4j.spi.OpenFileExtensions;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.attribute.FileTime;

/**
 * {@link OpenFileExtensions} for Jimfs: a Jimfs file channel holds the file object itself, whose
 * attributes and times stay reachable after the file is renamed or unlinked (see {@link
 * JimfsInternals}).
 */
public final class JimfsOpenFileExtensions implements OpenFileExtensions {
  @Override
  public boolean supports(SeekableByteChannel channel) {
    return JIMFS != null && JIMFS.fileChannel.isInstance(channel);
  }

  @Override
  public InodeAttributes readAttributes(SeekableByteChannel channel) throws IOException {
    return JIMFS.attributes(JIMFS.file(channel));
  }

  @Override
  public void setTimes(SeekableByteChannel channel, FileTime lastAccess, FileTime lastModified)
      throws IOException {
    JIMFS.setTimes(JIMFS.file(channel), lastAccess, lastModified);
  }
}
