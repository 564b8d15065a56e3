package dev.wasi4j.internal.fd;

import static dev.wasi4j.internal.abi.Errno.EBADF;
import static dev.wasi4j.internal.abi.Errno.EMFILE;

import dev.wasi4j.internal.abi.ErrnoException;
import java.io.IOException;
import java.util.Arrays;

/**
 * The guest's descriptor table: fd numbers to {@link Descriptor}s. New descriptors take the lowest
 * free number, as POSIX {@code open} does.
 */
public final class FdTable {
  /** Upper bound on open descriptors, so a looping guest gets EMFILE instead of exhausting the host. */
  static final int MAX_DESCRIPTORS = 1 << 16;

  private Descriptor[] slots = new Descriptor[16];
  private int lowestFree;

  /** The descriptor at {@code fd} (an i32 argument), or EBADF. */
  public Descriptor get(long fd) {
    if (fd < 0 || fd >= slots.length || slots[(int) fd] == null) {
      throw ErrnoException.of(EBADF);
    }
    return slots[(int) fd];
  }

  /** The descriptor at {@code fd} if it is of {@code type}, else {@code wrongType} as errno. */
  public <T extends Descriptor> T get(long fd, Class<T> type, int wrongType) {
    Descriptor descriptor = get(fd);
    if (!type.isInstance(descriptor)) {
      throw ErrnoException.of(wrongType);
    }
    return type.cast(descriptor);
  }

  /**
   * Stores {@code descriptor} at the lowest free number and returns that number; when the table is
   * full, closes the descriptor (nobody else holds it) and fails with EMFILE.
   */
  public int add(Descriptor descriptor) throws IOException {
    int fd = lowestFree;
    while (fd < slots.length && slots[fd] != null) {
      fd++;
    }
    if (fd >= MAX_DESCRIPTORS) {
      descriptor.close();
      throw ErrnoException.of(EMFILE);
    }
    if (fd == slots.length) {
      slots = Arrays.copyOf(slots, Math.min(slots.length * 2, MAX_DESCRIPTORS));
    }
    slots[fd] = descriptor;
    lowestFree = fd + 1;
    return fd;
  }

  /** Removes and returns the descriptor at {@code fd}, or EBADF; the caller closes it. */
  public Descriptor remove(long fd) {
    Descriptor descriptor = get(fd);
    slots[(int) fd] = null;
    lowestFree = Math.min(lowestFree, (int) fd);
    return descriptor;
  }

  /**
   * {@code fd_renumber}: moves the descriptor at {@code from} to {@code to}, closing what was at
   * {@code to}. Both must be open (EBADF otherwise), as in wasmtime.
   */
  public void renumber(long from, long to) throws IOException {
    Descriptor moving = get(from);
    Descriptor replaced = get(to);
    if (from == to) {
      return;
    }
    slots[(int) to] = moving;
    slots[(int) from] = null;
    lowestFree = Math.min(lowestFree, (int) from);
    replaced.close();
  }

  /** Closes every descriptor; the first failure is rethrown after all were tried. */
  public void closeAll() throws IOException {
    IOException failure = null;
    for (int fd = 0; fd < slots.length; fd++) {
      Descriptor descriptor = slots[fd];
      slots[fd] = null;
      if (descriptor != null) {
        try {
          descriptor.close();
        } catch (IOException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
    }
    lowestFree = 0;
    if (failure != null) {
      throw failure;
    }
  }
}
