package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Instance;
import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.GuestRun;
import dev.wasi4j.testing.Guests;
import dev.wasi4j.testing.Preview1Wat;
import dev.wasi4j.testing.WasiRunner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Node's rules for entering a guest: {@code start} runs a command ({@code _start}, no
 * {@code _initialize}), {@code initialize} prepares a reactor (no {@code _start}, optional
 * {@code _initialize}), both need the memory exported as {@code memory}, and a {@link Wasi} enters
 * one guest once. Refusals are exceptions whose messages name what is wrong.
 */
class StartInitializeTest {
  /** Writes "ran\n" to stdout: shows whether, and how often, an entry point ran. */
  private static final String SAY_RAN =
      """
      (data (i32.const 64) "ran\\n")
      (func $say_ran (call $print (i32.const 64) (i32.const 4)))
      """
          + Preview1Wat.PRINT;

  private static final String COMMAND =
      Preview1Wat.module(SAY_RAN + "(func (export \"_start\") (call $say_ran))");

  /** A reactor whose _initialize adds 1 to the i32 at address 128 and says it ran. */
  private static final String REACTOR =
      Preview1Wat.module(
          SAY_RAN
              + """
              (func (export "_initialize")
                (i32.store (i32.const 128) (i32.add (i32.load (i32.const 128)) (i32.const 1)))
                (call $say_ran))
              (func (export "hello") (result i32) (call $say_ran) (i32.const 0))
              """);

  /** A reactor without _initialize; its export "hello" writes through WASI. */
  private static final String BARE_REACTOR =
      Preview1Wat.module(SAY_RAN + "(func (export \"hello\") (call $say_ran))");

  private static RuntimeException failure(GuestRun run) {
    assertTrue(run.failure() != null, () -> "expected a refusal, got " + run);
    return run.failure();
  }

  private static void assertMessageNames(RuntimeException e, String... words) {
    for (String word : words) {
      assertTrue(
          e.getMessage().contains(word), () -> "message should name " + word + ": " + e.getMessage());
    }
  }

  @BothEngines
  void startWithoutStartExportIsRefused(Engine engine) {
    GuestRun run = WasiRunner.on(engine).attempt(Guests.wat(BARE_REACTOR));
    RuntimeException e = assertInstanceOf(IllegalArgumentException.class, failure(run));
    assertMessageNames(e, "_start");
    assertEquals("", run.stdout());
  }

  @BothEngines
  void startWhenStartIsNotAFunctionIsRefused(Engine engine) {
    String wat = Preview1Wat.module("(global (export \"_start\") i32 (i32.const 0))");
    RuntimeException e = failure(WasiRunner.on(engine).attempt(Guests.wat(wat)));
    assertInstanceOf(IllegalArgumentException.class, e);
    assertMessageNames(e, "_start");
  }

  @BothEngines
  void startOnAnInstanceExportingInitializeIsRefused(Engine engine) {
    String wat =
        Preview1Wat.module(
            SAY_RAN + "(func (export \"_start\") (call $say_ran)) (func (export \"_initialize\"))");
    GuestRun run = WasiRunner.on(engine).attempt(Guests.wat(wat));
    RuntimeException e = assertInstanceOf(IllegalArgumentException.class, failure(run));
    assertMessageNames(e, "_initialize");
    assertEquals("", run.stdout(), "_start must not run");
  }

  @BothEngines
  void startWithoutExportedMemoryIsRefused(Engine engine) {
    String hidden = "(module (memory 1) (func (export \"_start\")))";
    RuntimeException e = failure(WasiRunner.on(engine).attempt(Guests.wat(hidden)));
    assertInstanceOf(IllegalArgumentException.class, e);
    assertMessageNames(e, "memory");

    String misnamed = "(module (memory (export \"mem\") 1) (func (export \"_start\")))";
    e = failure(WasiRunner.on(engine).attempt(Guests.wat(misnamed)));
    assertInstanceOf(IllegalArgumentException.class, e);
    assertMessageNames(e, "memory");
  }

  @BothEngines
  void initializeWithoutExportedMemoryIsRefused(Engine engine) {
    String wat = "(module (memory 1) (func (export \"_initialize\")))";
    RuntimeException e = failure(WasiRunner.on(engine).initialize(Guests.wat(wat)));
    assertInstanceOf(IllegalArgumentException.class, e);
    assertMessageNames(e, "memory");
  }

  @BothEngines
  void initializeOnACommandIsRefused(Engine engine) {
    GuestRun run = WasiRunner.on(engine).initialize(Guests.wat(COMMAND));
    RuntimeException e = assertInstanceOf(IllegalArgumentException.class, failure(run));
    assertMessageNames(e, "_start");
    assertEquals("", run.stdout());
  }

  @BothEngines
  void initializeCallsInitializeOnce(Engine engine) {
    GuestRun run = WasiRunner.on(engine).initialize(Guests.wat(REACTOR));
    assertEquals(null, run.failure());
    assertEquals(1, run.memory().readInt(128));
    assertEquals("ran\n", run.stdout());
  }

  /** A reactor without _initialize needs no call; its exports then use WASI as usual. */
  @BothEngines
  void initializeWithoutInitializeExportLetsExportsRun(Engine engine) {
    var out = new ByteArrayOutputStream();
    try (Wasi wasi = WasiRunner.on(engine).build(out, new ByteArrayOutputStream())) {
      Instance instance = wasi.instantiate(Guests.wat(BARE_REACTOR), engine);
      wasi.initialize(instance);
      assertEquals("", out.toString(StandardCharsets.UTF_8));
      instance.export("hello").apply();
      assertEquals("ran\n", out.toString(StandardCharsets.UTF_8));
    }
  }

  @BothEngines
  void startTwiceIsIllegalState(Engine engine) {
    var out = new ByteArrayOutputStream();
    try (Wasi wasi = WasiRunner.on(engine).build(out, new ByteArrayOutputStream())) {
      Instance instance = wasi.instantiate(Guests.wat(COMMAND), engine);
      assertEquals(0, wasi.start(instance));
      var e = assertThrows(IllegalStateException.class, () -> wasi.start(instance));
      assertMessageNames(e, "start");
      assertEquals("ran\n", out.toString(StandardCharsets.UTF_8), "_start ran once");
    }
  }

  @BothEngines
  void initializeTwiceIsIllegalState(Engine engine) {
    try (Wasi wasi = WasiRunner.on(engine).build()) {
      Instance instance = wasi.instantiate(Guests.wat(REACTOR), engine);
      wasi.initialize(instance);
      var e = assertThrows(IllegalStateException.class, () -> wasi.initialize(instance));
      assertMessageNames(e, "initialize");
      assertEquals(1, instance.memory().readInt(128), "_initialize ran once");
    }
  }

  @BothEngines
  void startAfterInitializeIsIllegalState(Engine engine) {
    try (Wasi wasi = WasiRunner.on(engine).build()) {
      wasi.initialize(wasi.instantiate(Guests.wat(REACTOR), engine));
      Instance command = wasi.instantiate(Guests.wat(COMMAND), engine);
      var e = assertThrows(IllegalStateException.class, () -> wasi.start(command));
      assertMessageNames(e, "start", "initialize");
    }
  }

  /**
   * The second entry is refused as such whatever the instance: Node checks "already started" before
   * looking at the exports, so a reactor started after its initialize is a state error, not a
   * complaint about its missing _start.
   */
  @BothEngines
  void anyEntryAfterTheFirstIsIllegalStateWhateverTheInstance(Engine engine) {
    try (Wasi wasi = WasiRunner.on(engine).build()) {
      Instance reactor = wasi.instantiate(Guests.wat(REACTOR), engine);
      wasi.initialize(reactor);
      assertThrows(IllegalStateException.class, () -> wasi.start(reactor));
    }
    try (Wasi wasi = WasiRunner.on(engine).build()) {
      Instance command = wasi.instantiate(Guests.wat(COMMAND), engine);
      wasi.start(command);
      assertThrows(IllegalStateException.class, () -> wasi.initialize(command));
    }
  }

  @BothEngines
  void initializeAfterStartIsIllegalState(Engine engine) {
    try (Wasi wasi = WasiRunner.on(engine).build()) {
      wasi.start(wasi.instantiate(Guests.wat(COMMAND), engine));
      Instance reactor = wasi.instantiate(Guests.wat(REACTOR), engine);
      var e = assertThrows(IllegalStateException.class, () -> wasi.initialize(reactor));
      assertMessageNames(e, "initialize", "start");
      assertEquals(0, reactor.memory().readInt(128), "_initialize did not run");
    }
  }

  /** A refused instance does not count as an entry: the Wasi can still start a proper command. */
  @BothEngines
  void aRefusedInstanceDoesNotUseUpTheWasi(Engine engine) {
    var out = new ByteArrayOutputStream();
    try (Wasi wasi = WasiRunner.on(engine).build(out, new ByteArrayOutputStream())) {
      Instance reactor = wasi.instantiate(Guests.wat(BARE_REACTOR), engine);
      assertThrows(IllegalArgumentException.class, () -> wasi.start(reactor));
      assertEquals(0, wasi.start(wasi.instantiate(Guests.wat(COMMAND), engine)));
      assertEquals("ran\n", out.toString(StandardCharsets.UTF_8));
    }
  }

  /** proc_exit during _initialize has no exit code to become: it reaches the caller. */
  @BothEngines
  void procExitDuringInitializeIsThrown(Engine engine) {
    String wat =
        Preview1Wat.module("(func (export \"_initialize\") (call $proc_exit (i32.const 5)))");
    RuntimeException e = failure(WasiRunner.on(engine).initialize(Guests.wat(wat)));
    assertEquals(5, assertInstanceOf(WasiExitException.class, e).exitCode());
  }
}
