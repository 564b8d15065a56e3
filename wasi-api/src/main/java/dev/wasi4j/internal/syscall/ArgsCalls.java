package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static dev.wasi4j.internal.memory.GuestMemory.u32;
import static dev.wasi4j.internal.syscall.SyscallTable.I32;

import dev.wasi4j.internal.memory.GuestMemory;
import java.util.List;

/**
 * {@code args_get}, {@code args_sizes_get}, {@code environ_get}, {@code environ_sizes_get}
 * (preview 1). Both lists are NUL-terminated UTF-8 strings packed in one buffer, with an array of
 * pointers into it. Errors: EFAULT when a pointer or the range behind it is outside memory.
 */
final class ArgsCalls {
  private final SyscallContext context;

  ArgsCalls(SyscallContext context) {
    this.context = context;
  }

  void register(SyscallTable table) {
    table.add("args_get", a -> get(context.args(), a[0], a[1]), I32, I32);
    table.add("args_sizes_get", a -> sizes(context.args(), a[0], a[1]), I32, I32);
    table.add("environ_get", a -> get(context.environ(), a[0], a[1]), I32, I32);
    table.add("environ_sizes_get", a -> sizes(context.environ(), a[0], a[1]), I32, I32);
  }

  /** Writes the count of {@code strings} at {@code countPtr} and their buffer size at {@code sizePtr}. */
  private int sizes(List<byte[]> strings, long countPtr, long sizePtr) {
    GuestMemory memory = context.memory();
    memory.check(u32(countPtr), 4);
    memory.check(u32(sizePtr), 4);
    memory.writeI32(u32(countPtr), strings.size());
    memory.writeI32(u32(sizePtr), (int) bufferSize(strings));
    return SUCCESS;
  }

  /** Writes pointers at {@code pointersPtr} to the strings, which go NUL-terminated at {@code bufPtr}. */
  private int get(List<byte[]> strings, long pointersPtr, long bufPtr) {
    GuestMemory memory = context.memory();
    long pointers = u32(pointersPtr);
    long buf = u32(bufPtr);
    memory.check(pointers, 4L * strings.size());
    memory.check(buf, bufferSize(strings));
    for (byte[] string : strings) {
      memory.writeI32(pointers, (int) buf);
      memory.write(buf, string, 0, string.length);
      memory.writeI8(buf + string.length, 0);
      pointers += 4;
      buf += string.length + 1;
    }
    return SUCCESS;
  }

  private static long bufferSize(List<byte[]> strings) {
    long size = 0;
    for (byte[] string : strings) {
      size += string.length + 1;
    }
    return size;
  }
}
