package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.testing.GuestRun;
import dev.wasi4j.testing.Guests;
import dev.wasi4j.testing.Preview1Wat;
import dev.wasi4j.testing.WasiRunner;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A guest that traps ends {@link Wasi#start} with a {@link WasiTrapException} naming the trap — not
 * an exit code, and not the engine's own exception type — on both engines. Output written before
 * the trap is kept.
 */
class GuestTrapTest {
  /** Writes "before\n" to stdout, then runs {@code trap}. */
  private static String guest(String trap, String moreBody) {
    return Preview1Wat.module(
        """
        (data (i32.const 16) "before\\n")
        (func (export "_start")
          (call $print (i32.const 16) (i32.const 7))
        """
            + trap
            + ")\n"
            + Preview1Wat.PRINT
            + moreBody);
  }

  /** Trap kinds: the guest's code, and a word its message must contain. */
  private enum Trap {
    UNREACHABLE("unreachable", "", "unreachable"),
    OUT_OF_BOUNDS_LOAD("(drop (i32.load (i32.const 0xFFFFFFF0)))", "", "out of bounds"),
    OUT_OF_BOUNDS_STORE("(i32.store (i32.const 0x10000) (i32.const 1))", "", "out of bounds"),
    DIVIDE_BY_ZERO("(drop (i32.div_s (i32.const 1) (i32.const 0)))", "", "divide by zero"),
    // Recursion without end: the interpreter's call-depth limit or the JVM stack, whichever
    // the engine hits, must both come out as a trap.
    STACK_EXHAUSTION(
        "(call $recurse (i32.const 0))",
        "(func $recurse (param i32) (call $recurse (i32.add (local.get 0) (i32.const 1))))",
        "stack"),
    NULL_TABLE_ENTRY(
        "(call_indirect (type $void) (i32.const 0))",
        "(type $void (func)) (table 1 funcref)",
        "uninitialized element");

    final String code;
    final String moreBody;
    final String word;

    Trap(String code, String moreBody, String word) {
      this.code = code;
      this.moreBody = moreBody;
      this.word = word;
    }
  }

  static Stream<Arguments> engineAndTrap() {
    return Stream.of(Engine.values())
        .flatMap(engine -> Stream.of(Trap.values()).map(trap -> Arguments.of(engine, trap)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("engineAndTrap")
  void trapIsAWasiTrapExceptionNamingIt(Engine engine, Trap trap) {
    GuestRun run = WasiRunner.on(engine).attempt(Guests.wat(guest(trap.code, trap.moreBody)));
    WasiTrapException e = assertInstanceOf(WasiTrapException.class, run.failure(), run::toString);
    String message = e.getMessage().toLowerCase(Locale.ROOT);
    assertTrue(message.startsWith("guest trapped: "), message);
    assertTrue(message.contains(trap.word), () -> "should name " + trap.word + ": " + message);
    assertEquals("before\n", run.stdout(), "output before the trap is kept");
  }
}
