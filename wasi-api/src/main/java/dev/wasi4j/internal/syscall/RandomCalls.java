package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static dev.wasi4j.internal.memory.GuestMemory.u32;
import static dev.wasi4j.internal.syscall.SyscallTable.I32;

import java.nio.ByteBuffer;

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
      ByteBuffer chunk = context.scratch(len - done);
      byte[] bytes = chunk.array();
      if (chunk.limit() == bytes.length) {
        context.random().nextBytes(bytes);
      } else {
        byte[] exact = new byte[chunk.limit()];
        context.random().nextBytes(exact);
        System.arraycopy(exact, 0, bytes, 0, exact.length);
      }
      context.memory().write(buf + done, chunk);
      done += chunk.limit();
    }
    return SUCCESS;
  }
}
