package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static dev.wasi4j.internal.memory.GuestMemory.u32;
import static dev.wasi4j.internal.syscall.SyscallTable.I32;

/**
 * {@code random_get} (preview 1): fills a guest buffer from the configured {@link java.util.Random}
 * (a {@link java.security.SecureRandom} unless the host chose otherwise), a scratch-buffer chunk at a
 * time. Errors: EFAULT when the buffer is outside memory.
 */
final class RandomCalls {
  private final SyscallContext context;

  RandomCalls(SyscallContext context) {
    this.context = context;
  }

  void register(SyscallTable table) {
    table.add("random_get", a -> fill(u32(a[0]), u32(a[1])), I32, I32);
  }

  private int fill(long buf, long len) {
    context.memory().check(buf, len);
    for (long done = 0; done < len; ) {
      int n = (int) Math.min(len - done, SyscallContext.SCRATCH_SIZE);
      // Random fills whole arrays: a full chunk goes through the scratch buffer's, a last, shorter
      // one through its own.
      byte[] bytes = n == SyscallContext.SCRATCH_SIZE ? context.scratch(n).array() : new byte[n];
      context.random().nextBytes(bytes);
      context.memory().write(buf + done, bytes, 0, n);
      done += n;
    }
    return SUCCESS;
  }
}
