package dev.wasi4j.internal.abi;

/**
 * WASI preview 1 flag sets and small enums: {@code fdflags}, {@code oflags}, {@code lookupflags},
 * {@code fstflags}, {@code whence}, {@code advice}, {@code clockid}, {@code eventtype},
 * {@code subclockflags}, {@code eventrwflags}, {@code sdflags}, {@code preopentype}.
 */
public final class Flags {
  // fdflags (u16)
  public static final int FDFLAGS_APPEND = 1;
  public static final int FDFLAGS_DSYNC = 1 << 1;
  public static final int FDFLAGS_NONBLOCK = 1 << 2;
  public static final int FDFLAGS_RSYNC = 1 << 3;
  public static final int FDFLAGS_SYNC = 1 << 4;
  public static final int FDFLAGS_ALL = (1 << 5) - 1;

  // oflags (u16)
  public static final int OFLAGS_CREAT = 1;
  public static final int OFLAGS_DIRECTORY = 1 << 1;
  public static final int OFLAGS_EXCL = 1 << 2;
  public static final int OFLAGS_TRUNC = 1 << 3;
  public static final int OFLAGS_ALL = (1 << 4) - 1;

  // lookupflags (u32)
  public static final int LOOKUP_SYMLINK_FOLLOW = 1;

  // fstflags (u16)
  public static final int FSTFLAGS_ATIM = 1;
  public static final int FSTFLAGS_ATIM_NOW = 1 << 1;
  public static final int FSTFLAGS_MTIM = 1 << 2;
  public static final int FSTFLAGS_MTIM_NOW = 1 << 3;
  public static final int FSTFLAGS_ALL = (1 << 4) - 1;

  // whence (u8)
  public static final int WHENCE_SET = 0;
  public static final int WHENCE_CUR = 1;
  public static final int WHENCE_END = 2;

  // advice (u8): normal .. noreuse
  public static final int ADVICE_MAX = 5;

  // clockid (u32)
  public static final int CLOCK_REALTIME = 0;
  public static final int CLOCK_MONOTONIC = 1;
  public static final int CLOCK_PROCESS_CPUTIME = 2;
  public static final int CLOCK_THREAD_CPUTIME = 3;

  // eventtype (u8)
  public static final int EVENTTYPE_CLOCK = 0;
  public static final int EVENTTYPE_FD_READ = 1;
  public static final int EVENTTYPE_FD_WRITE = 2;

  // subclockflags (u16)
  public static final int SUBSCRIPTION_CLOCK_ABSTIME = 1;

  // eventrwflags (u16)
  public static final int EVENT_FD_READWRITE_HANGUP = 1;

  // preopentype (u8)
  public static final int PREOPENTYPE_DIR = 0;

  private Flags() {}
}
