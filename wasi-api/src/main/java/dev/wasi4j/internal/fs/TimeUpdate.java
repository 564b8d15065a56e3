package dev.wasi4j.internal.fs;

import java.nio.file.attribute.FileTime;

/**
 * One time a {@code *_filestat_set_times} call sets: a given instant, or the current one
 * ({@code UTIME_NOW}). The difference matters to a file system with coarse timestamps: "now" is
 * stored at its precision, while a given instant it cannot store is refused.
 *
 * @param time the instant (for "now", the current time read by the caller)
 * @param now whether the guest asked for the current time
 */
public record TimeUpdate(FileTime time, boolean now) {

  /** The instant to give a provider that keeps times to the millisecond only. */
  FileTime inMilliseconds() {
    return now ? FileTime.fromMillis(time.toMillis()) : time;
  }

  /** The instant of {@code update}, or {@code null} (unchanged) when there is none. */
  static FileTime timeOf(TimeUpdate update) {
    return update == null ? null : update.time();
  }
}
