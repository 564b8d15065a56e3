package dev.wasi4j.spi;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * Basic attributes plus the three a WASI {@code filestat} needs beyond them: the inode number, the
 * link count and the change time.
 */
public interface InodeAttributes extends BasicFileAttributes {

  /** A number that identifies the file within its file system. */
  long inode();

  /** How many directory entries name the file. */
  long linkCount();

  /** When the file's metadata last changed. */
  FileTime changeTime();

  /**
   * The device the file is on, or -1 when the provider has no device numbers (wasi4j then
   * numbers each file system itself). Only the host disk's numbers are used.
   */
  default long device() {
    return -1;
  }
}
