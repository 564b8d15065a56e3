package dev.wasi4j.internal.fs;

import dev.wasi4j.spi.OpenFileExtensions;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

/** An {@link OpenFile} whose provider has {@link OpenFileExtensions}: exact, whatever its name. */
final class ExtendedOpenFile extends OpenFile {
  private final OpenFileExtensions extensions;
  private final Volume volume;

  ExtendedOpenFile(SeekableByteChannel channel, OpenFileExtensions extensions, Volume volume) {
    super(channel);
    this.extensions = extensions;
    this.volume = volume;
  }

  @Override
  public FileStat stat() throws IOException {
    return volume.stat(extensions.readAttributes(channel()));
  }

  @Override
  public void setTimes(TimeUpdate atime, TimeUpdate mtime) throws IOException {
    extensions.setTimes(channel(), TimeUpdate.timeOf(atime), TimeUpdate.timeOf(mtime));
  }
}
