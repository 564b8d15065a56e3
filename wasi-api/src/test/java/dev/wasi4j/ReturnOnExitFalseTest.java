package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.testing.Guests;
import dev.wasi4j.testing.Preview1Wat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code returnOnExit(false)}: {@code proc_exit} ends the JVM with the guest's code, as Node's
 * {@code process.exit}. That can only be watched from outside, so each case runs {@link Child} in a
 * forked JVM and checks its exit status and output.
 */
class ReturnOnExitFalseTest {
  /** What the child prints, and exits with, when {@code start} returns instead. */
  private static final int RETURNED = 77;

  @Test
  void procExitEndsTheJvmWithTheGuestsCode() throws Exception {
    Result result = fork("INTERPRETER", "exit", "42");
    assertEquals(42, result.status, result.output);
    // The guest's last write is flushed before the JVM goes; start never returns.
    assertEquals("bye\n", result.output);
  }

  @Test
  void procExitZeroOnTheCompilerEndsTheJvmWithZero() throws Exception {
    Result result = fork("COMPILER", "exit", "0");
    assertEquals(0, result.status, result.output);
    assertEquals("bye\n", result.output);
  }

  /** An exit code is a u32 but a process status is a byte: the host OS keeps the low 8 bits. */
  @Test
  void largeCodesAreCutToTheProcessStatusByte() throws Exception {
    Result result = fork("INTERPRETER", "exit", "258");
    assertEquals(2, result.status, result.output);
  }

  @Test
  void startReturningLeavesTheJvmRunning() throws Exception {
    Result result = fork("INTERPRETER", "return", "0");
    assertEquals(RETURNED, result.status, result.output);
    assertEquals("bye\nstart returned 0\n", result.output);
  }

  /** Node's proc_exit ends the process whichever entry point is running: _initialize too. */
  @Test
  void procExitDuringInitializeEndsTheJvmToo() throws Exception {
    Result result = fork("INTERPRETER", "exit", "9", "reactor");
    assertEquals(9, result.status, result.output);
    assertEquals("bye\n", result.output);
  }

  @Test
  void initializeReturningLeavesTheJvmRunning() throws Exception {
    Result result = fork("COMPILER", "return", "0", "reactor");
    assertEquals(RETURNED, result.status, result.output);
    assertEquals("bye\ninitialize returned\n", result.output);
  }

  private record Result(int status, String output) {}

  private static Result fork(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  /**
   * The forked program: runs a guest that writes "bye" to stdout and then either calls
   * {@code proc_exit(code)} or returns, with {@code returnOnExit(false)}. Arguments: engine,
   * {@code exit} or {@code return}, code, and optionally {@code reactor} to do it in
   * {@code _initialize} through {@link Wasi#initialize} instead of in {@code _start}.
   */
  public static final class Child {
    public static void main(String[] args) {
      Engine engine = Engine.valueOf(args[0]);
      String end = args[1].equals("exit") ? "(call $proc_exit (i32.const " + args[2] + "))" : "";
      boolean reactor = args.length > 3 && args[3].equals("reactor");
      String wat =
          Preview1Wat.module(
              "(data (i32.const 16) \"bye\\n\")"
                  + "(func (export \"" + (reactor ? "_initialize" : "_start") + "\")"
                  + "(call $print (i32.const 16) (i32.const 4))"
                  + end
                  + ")"
                  + Preview1Wat.PRINT);
      try (Wasi wasi = Wasi.builder().returnOnExit(false).build()) {
        if (reactor) {
          wasi.initialize(wasi.instantiate(Guests.wat(wat), engine));
          System.out.println("initialize returned");
        } else {
          int code = wasi.run(Guests.wat(wat), engine);
          System.out.println("start returned " + code);
        }
      }
      System.exit(RETURNED);
    }
  }
}
