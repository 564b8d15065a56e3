package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.GuestRun;
import dev.wasi4j.testing.Guests;
import dev.wasi4j.testing.Preview1Wat;
import dev.wasi4j.testing.WasiRunner;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link Wasi#start} returns (with {@code returnOnExit} at its default, true): 0 when
 * {@code _start} returns, the {@code proc_exit} code otherwise — the whole u32, which Java holds in
 * an int.
 */
class ExitCodeTest {

  @BothEngines
  void startReturningIsExitCodeZero(Engine engine) {
    var module = Guests.wat(Preview1Wat.module("(func (export \"_start\"))"));
    assertEquals(0, WasiRunner.on(engine).run(module).exitCode());
  }

  static Stream<Arguments> codes() {
    return Stream.of(Engine.values())
        .flatMap(
            engine ->
                Stream.of(0L, 1L, 42L, 255L, 256L, 0x7FFF_FFFFL, 0x8000_0000L, 4_000_000_000L,
                        0xFFFF_FFFFL)
                    .map(code -> Arguments.of(engine, code)));
  }

  @ParameterizedTest(name = "{0} proc_exit({1})")
  @MethodSource("codes")
  void procExitCodeIsReturnedWhole(Engine engine, long code) {
    var module = Guests.wat(Preview1Wat.exitWith("(i32.const " + code + ")", ""));
    int exit = WasiRunner.on(engine).run(module).exitCode();
    assertEquals(code, Integer.toUnsignedLong(exit));
  }

  /** proc_exit unwinds the whole guest stack: nothing after it runs, output before it is kept. */
  @BothEngines
  void procExitFromNestedCallsStopsTheGuest(Engine engine) {
    var module =
        Guests.wat(
            Preview1Wat.module(
                """
                (data (i32.const 16) "before\\n")
                (data (i32.const 32) "after\\n")
                (func $deep (param $n i32)
                  (if (local.get $n)
                    (then (call $deep (i32.sub (local.get $n) (i32.const 1))))
                    (else (call $proc_exit (i32.const 7))))
                  (call $print (i32.const 32) (i32.const 6)))
                (func (export "_start")
                  (call $print (i32.const 16) (i32.const 7))
                  (call $deep (i32.const 50))
                  (call $print (i32.const 32) (i32.const 6)))
                """
                    + Preview1Wat.PRINT));
    GuestRun run = WasiRunner.on(engine).run(module);
    assertEquals(7, run.exitCode());
    assertEquals("before\n", run.stdout());
  }

  /**
   * A C guest: wasi-libc's _start returns for main's 0 and calls proc_exit for anything else (the
   * probe's main returns 2 for a step it does not know); exit() is proc_exit too.
   */
  @BothEngines
  void cGuestExitCodes(Engine engine) {
    GuestRun fine = WasiRunner.on(engine).args("probe", "yield").run("syscall_probe");
    assertEquals(0, fine.exitCode(), fine::toString);
    assertEquals("0\n", fine.stdout());

    GuestRun badStep = WasiRunner.on(engine).args("probe", "no-such-step").run("syscall_probe");
    assertEquals(2, badStep.exitCode());
    assertEquals("syscall_probe: bad step\n", badStep.stderr());

    GuestRun exited = WasiRunner.on(engine).args("probe", "exit 3", "yield").run("syscall_probe");
    assertEquals(3, exited.exitCode());
    assertEquals("", exited.stdout(), "no step runs after proc_exit");
  }
}
