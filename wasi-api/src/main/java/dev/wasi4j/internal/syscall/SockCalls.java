package dev.wasi4j.internal.syscall;

import static dev.wasi4j.internal.abi.Errno.ENOTSOCK;
import static dev.wasi4j.internal.syscall.SyscallTable.I32;

/**
 * {@code sock_accept}, {@code sock_recv}, {@code sock_send}, {@code sock_shutdown} (preview 1).
 * Preview 1 can only reach sockets that the host preopens, and wasi4j preopens none, so every open
 * descriptor answers ENOTSOCK and every other number EBADF.
 */
final class SockCalls {
  private final SyscallContext context;

  SockCalls(SyscallContext context) {
    this.context = context;
  }

  void register(SyscallTable table) {
    table.add("sock_accept", this::notASocket, I32, I32, I32);
    table.add("sock_recv", this::notASocket, I32, I32, I32, I32, I32, I32);
    table.add("sock_send", this::notASocket, I32, I32, I32, I32, I32);
    table.add("sock_shutdown", this::notASocket, I32, I32);
  }

  private int notASocket(long[] args) {
    context.fds().get(args[0]);
    return ENOTSOCK;
  }
}
