package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.EBADF;
import static dev.wasi4j.internal.abi.Errno.EINTR;
import static dev.wasi4j.internal.abi.Errno.EINVAL;
import static dev.wasi4j.internal.abi.Errno.ENOTCAPABLE;
import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static dev.wasi4j.internal.memory.GuestMemory.u32;
import static dev.wasi4j.internal.syscall.SyscallTable.I32;

import dev.wasi4j.Clocks;
import dev.wasi4j.internal.abi.ErrnoException;
import dev.wasi4j.internal.abi.Flags;
import dev.wasi4j.internal.abi.Rights;
import dev.wasi4j.internal.fd.Descriptor;
import dev.wasi4j.internal.fd.InputStreamDescriptor;
import dev.wasi4j.internal.memory.GuestMemory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code poll_oneoff} (preview 1): waits until a clock subscription expires or a descriptor is ready.
 *
 * <p>Files and output streams are always ready. Standard input is ready when bytes are available or
 * the input has ended; as a stream tells neither without a blocking read, one runs ahead on another
 * thread while a clock subscription's timeout runs (without one the call blocks in that read). Per-subscription failures (EBADF for a closed descriptor,
 * ENOTCAPABLE without {@code POLL_FD_READWRITE}, EINVAL for an unknown clock) are reported in the
 * event, as the spec asks. Errors of the call itself: EINVAL for zero subscriptions, EFAULT for
 * arrays outside memory, EINTR when the host interrupts the guest's thread.
 */
final class PollCalls {
  private static final int SUBSCRIPTION_SIZE = 48;
  private static final int EVENT_SIZE = 32;

  private final SyscallContext context;

  PollCalls(SyscallContext context) {
    this.context = context;
  }

  void register(SyscallTable table) {
    table.add("poll_oneoff", a -> poll(u32(a[0]), u32(a[1]), u32(a[2]), u32(a[3])), I32, I32, I32, I32);
  }

  /** One subscription and, once it fires, its event. */
  private static final class Subscription {
    final long userdata;
    final int type;
    long deadline; // monotonic nanos, for clocks
    Descriptor descriptor; // for fd_read / fd_write
    int error = -1; // >= 0 once the event is decided
    long nbytes;
    int flags;

    Subscription(long userdata, int type) {
      this.userdata = userdata;
      this.type = type;
    }

    boolean fired() {
      return error >= 0;
    }

    void fire(int errno) {
      error = errno;
    }
  }

  private int poll(long in, long out, long count, long resultPtr) throws IOException {
    GuestMemory memory = context.memory();
    if (count == 0) {
      throw ErrnoException.of(EINVAL);
    }
    memory.check(in, count * SUBSCRIPTION_SIZE);
    memory.check(out, count * EVENT_SIZE);
    memory.check(resultPtr, 4);

    List<Subscription> subscriptions = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      subscriptions.add(read(memory, in + i * SUBSCRIPTION_SIZE));
    }
    Clocks clocks = context.clocks();
    while (true) {
      long now = clocks.monotonic();
      boolean anyFired = false;
      long earliest = Long.MAX_VALUE;
      InputStreamDescriptor pendingInput = null;
      for (Subscription s : subscriptions) {
        if (!s.fired()) {
          if (s.type == Flags.EVENTTYPE_CLOCK) {
            if (s.deadline <= now) {
              s.fire(SUCCESS);
            } else {
              earliest = Math.min(earliest, s.deadline);
            }
          } else {
            checkReady(s);
            if (!s.fired() && s.descriptor instanceof InputStreamDescriptor) {
              pendingInput = (InputStreamDescriptor) s.descriptor;
            }
          }
        }
        anyFired |= s.fired();
      }
      if (anyFired) {
        break;
      }
      if (pendingInput != null && earliest == Long.MAX_VALUE) {
        pendingInput.awaitReadable();
        continue;
      }
      long wait = earliest - now;
      if (pendingInput != null) {
        // Only a blocking read tells that input came or ended: one runs ahead while we wait.
        try {
          pendingInput.prefetch().get(wait, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
          // The clock is due, or the read failed: the next round sees which.
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return EINTR;
        }
      } else {
        LockSupport.parkNanos(wait);
      }
      if (Thread.currentThread().isInterrupted()) {
        return EINTR;
      }
    }

    int fired = 0;
    for (Subscription s : subscriptions) {
      if (s.fired()) {
        write(memory, out + (long) fired * EVENT_SIZE, s);
        fired++;
      }
    }
    memory.writeI32(resultPtr, fired);
    return SUCCESS;
  }

  private Subscription read(GuestMemory memory, long at) {
    Subscription s = new Subscription(memory.readI64(at), memory.readU8(at + 8));
    switch (s.type) {
      case Flags.EVENTTYPE_CLOCK:
        readClock(memory, at + 16, s);
        break;
      case Flags.EVENTTYPE_FD_READ:
      case Flags.EVENTTYPE_FD_WRITE:
        readFd(memory.readI32(at + 16), s);
        break;
      default:
        throw ErrnoException.of(EINVAL);
    }
    return s;
  }

  private void readClock(GuestMemory memory, long at, Subscription s) {
    int clockId = memory.readI32(at);
    long timeout = memory.readI64(at + 8);
    boolean absolute = (memory.readU16(at + 24) & Flags.SUBSCRIPTION_CLOCK_ABSTIME) != 0;
    Clocks clocks = context.clocks();
    long now = clocks.monotonic();
    long clockNow;
    try {
      clockNow = ClockCalls.now(clocks, clockId);
    } catch (ErrnoException e) {
      s.fire(e.errno());
      return;
    }
    // Relative timeouts, and absolute ones on any clock, become a deadline on the monotonic clock.
    // Timeouts are u64: one beyond Long.MAX_VALUE means "never" for practical purposes.
    long delay = timeout < 0 ? Long.MAX_VALUE : absolute ? timeout - clockNow : timeout;
    s.deadline = delay <= 0 ? now : saturatedAdd(now, delay);
  }

  private void readFd(int fd, Subscription s) {
    try {
      s.descriptor = context.fds().get(u32(fd));
    } catch (ErrnoException e) {
      s.fire(EBADF);
      return;
    }
    if (!Rights.contains(s.descriptor.rightsBase(), Rights.POLL_FD_READWRITE)) {
      s.fire(ENOTCAPABLE);
    }
  }

  private static void checkReady(Subscription s) throws IOException {
    if (s.type == Flags.EVENTTYPE_FD_WRITE) {
      s.fire(SUCCESS);
      return;
    }
    long readable = s.descriptor.readable();
    if (readable >= 0) {
      s.nbytes = readable;
      if (readable == 0 && s.descriptor instanceof InputStreamDescriptor) {
        s.flags = Flags.EVENT_FD_READWRITE_HANGUP;
      }
      s.fire(SUCCESS);
    }
  }

  private static void write(GuestMemory memory, long at, Subscription s) {
    memory.fill0(at, EVENT_SIZE);
    memory.writeI64(at, s.userdata);
    memory.writeI16(at + 8, s.error);
    memory.writeI8(at + 10, s.type);
    if (s.type != Flags.EVENTTYPE_CLOCK) {
      memory.writeI64(at + 16, s.nbytes);
      memory.writeI16(at + 24, s.flags);
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
