package dev.wasi4j.internal.abi;

/** WASI preview 1 {@code filetype} values. */
public final class FileType {
  public static final byte UNKNOWN = 0;
  public static final byte BLOCK_DEVICE = 1;
  public static final byte CHARACTER_DEVICE = 2;
  public static final byte DIRECTORY = 3;
  public static final byte REGULAR_FILE = 4;
  public static final byte SOCKET_DGRAM = 5;
  public static final byte SOCKET_STREAM = 6;
  public static final byte SYMBOLIC_LINK = 7;

  private FileType() {}
}
