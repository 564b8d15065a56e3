package dev.wasi4j.internal.fd;

import dev.wasi4j.internal.abi.Errno;
import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.abi.Flags;
import dev.wasi4j.internal.abi.Rights;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;

/**
 * A guest's standard input backed by a host {@link InputStream}. With {@code FDFLAGS_NONBLOCK}
 * set, a read that would block is EAGAIN.
 */
public final class InputStreamDescriptor extends StreamDescriptor {
  private final InputStream in;
  /** A byte read ahead to learn that input is available, or -1. */
  private int peeked = -1;
  private boolean atEnd;
  /**
   * A one-byte read ahead running on another thread for {@code poll_oneoff} (see {@link
   * #prefetch}), or {@code null}. Until it completes, nothing else touches {@code in}, {@code
   * peeked} or {@code atEnd}; its completion publishes what it read.
   */
  private CompletableFuture<Void> prefetch;

  public InputStreamDescriptor(InputStream in) {
    super(Rights.STDIN);
    this.in = in;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!dst.hasRemaining()) {
      return 0;
    }
    if ((fdFlags & Flags.FDFLAGS_NONBLOCK) != 0 && readable() < 0) {
      prefetch(); // so that a later read learns whether input came or ended
      throw ErrnoException.of(Errno.EAGAIN);
    }
    settlePrefetch();
    int count = 0;
    if (peeked >= 0) {
      dst.put((byte) peeked);
      peeked = -1;
      count = 1;
      if (in.available() <= 0) {
        return count; // do not block for more once something was read, as read(2) on a tty
      }
    } else if (atEnd) {
      return 0;
    }
    int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
    if (n < 0) {
      atEnd = true;
      return count;
    }
    dst.position(dst.position() + n);
    return count + n;
  }

  @Override
  public long readable() throws IOException {
    if (prefetch != null) {
      if (!prefetch.isDone()) {
        return -1;
      }
      settlePrefetch();
    }
    if (peeked >= 0) {
      return 1 + Math.max(0, in.available());
    }
    if (atEnd) {
      return 0;
    }
    int available = in.available();
    return available > 0 ? available : -1;
  }

  /** Blocks until input arrives or ends; {@code poll_oneoff} calls it when nothing else can wake it. */
  public void awaitReadable() throws IOException {
    settlePrefetch();
    if (peeked < 0 && !atEnd) {
      readAhead();
    }
  }

  /** Reads one byte ahead: it is returned first by the next read, or marks the end of input. */
  private void readAhead() throws IOException {
    peeked = in.read();
    atEnd = peeked < 0;
  }

  /**
   * Starts reading one byte ahead on a daemon thread, for a {@code poll_oneoff} that must also
   * watch a clock: a stream reports neither its end nor new input without a blocking read, so one
   * runs while the poll waits. The returned future completes when input arrived or ended; the
   * byte is then {@link #readable()} and the next {@link #read} returns it first. A read ahead that
   * never completes (input that never comes) keeps its thread until the stream ends.
   */
  public Future<?> prefetch() {
    if (prefetch == null) {
      if (peeked >= 0 || atEnd) {
        return CompletableFuture.completedFuture(null);
      }
      prefetch =
          CompletableFuture.runAsync(
              () -> {
                try {
                  readAhead();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              task -> {
                Thread thread = new Thread(task, "wasi4j-stdin-read-ahead");
                thread.setDaemon(true);
                thread.start();
              });
    }
    return prefetch;
  }

  /** Waits for a running read ahead; its byte or end of input is then in the fields. */
  private void settlePrefetch() throws IOException {
    if (prefetch == null) {
      return;
    }
    try {
      prefetch.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException) {
        throw ((UncheckedIOException) e.getCause()).getCause();
      }
      throw new IOException("reading stdin ahead", e.getCause());
    } finally {
      prefetch = null; // join() returned or threw: either way the read ahead is over
    }
  }

}
