package dev.wasi4j.internal.fd;

import dev.wasi4j.internal.abi.FileType;
import dev.wasi4j.internal.fs.FileStat;

/**
 * A standard stream (stdin, stdout, stderr) backed by a host Java stream: a character device with
 * no inode, size or times, as wasmtime reports a terminal.
 */
abstract class StreamDescriptor extends Descriptor {
  private static final FileStat STAT = new FileStat(0, 0, FileType.CHARACTER_DEVICE, 1, 0, 0, 0, 0);

  StreamDescriptor(long rightsBase) {
    super(rightsBase, 0, 0);
  }

  @Override
  public final byte fileType() {
    return FileType.CHARACTER_DEVICE;
  }

  @Override
  public final FileStat stat() {
    return STAT;
  }
}
