package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.Guests;
import org.junit.jupiter.api.Test;

/**
 * A prepared module gives independent instances, none of which has run {@code _start}; a trap in
 * the module's start function is a {@link WasiTrapException}, as a trap under {@link Wasi#start}
 * is, while a module that cannot be linked keeps Chicory's exception.
 */
class PreparedModuleTest {
  /** Adds 1 to the i32 at address 0 and returns it; its {@code _start} traps if ever run. */
  private static final String COUNTER =
      """
      (module
        (memory (export "memory") 1)
        (func (export "_start") unreachable)
        (func (export "bump") (result i32)
          (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1)))
          (i32.load (i32.const 0))))
      """;

  private static final String TRAPPING_START_FUNCTION =
      "(module (func $boom unreachable) (start $boom))";

  private static final String NEEDS_AN_IMPORT =
      "(module (import \"env\" \"missing\" (func)))";

  @BothEngines
  void instancesShareTheModuleButNotTheirState(Engine engine) {
    PreparedModule prepared = PreparedModule.of(Guests.wat(COUNTER), engine);

    Instance first = prepared.instantiate(ImportValues.empty());
    Instance second = prepared.instantiate(ImportValues.empty());

    assertEquals(1, first.export("bump").apply()[0]);
    assertEquals(2, first.export("bump").apply()[0]);
    assertEquals(1, second.export("bump").apply()[0], "a second instance has its own memory");
  }

  @BothEngines
  void aTrapInTheStartFunctionIsAWasiTrap(Engine engine) {
    PreparedModule prepared = PreparedModule.of(Guests.wat(TRAPPING_START_FUNCTION), engine);

    WasiTrapException e =
        assertThrows(WasiTrapException.class, () -> prepared.instantiate(ImportValues.empty()));
    assertTrue(e.getMessage().startsWith("guest trapped: "), e.getMessage());
    assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
  }

  @BothEngines
  void wasiInstantiatesThroughThePreparedModule(Engine engine) {
    try (Wasi wasi = Wasi.builder().build()) {
      assertThrows(
          WasiTrapException.class,
          () -> wasi.instantiate(Guests.wat(TRAPPING_START_FUNCTION), engine));
    }
  }

  @BothEngines
  void aModuleThatCannotBeLinkedIsNotATrap(Engine engine) {
    PreparedModule prepared = PreparedModule.of(Guests.wat(NEEDS_AN_IMPORT), engine);

    assertThrows(ChicoryException.class, () -> prepared.instantiate(ImportValues.empty()));
  }

  @Test
  void keepsItsModuleAndEngine() {
    WasmModule module = Guests.wat(COUNTER);
    PreparedModule prepared = PreparedModule.of(module, Engine.INTERPRETER);

    assertSame(module, prepared.module());
    assertEquals(Engine.INTERPRETER, prepared.engine());
  }

  @Test
  void nullArgumentsAreNamed() {
    WasmModule module = Guests.wat(COUNTER);
    assertEquals(
        "module",
        assertThrows(NullPointerException.class, () -> PreparedModule.of(null, Engine.COMPILER))
            .getMessage());
    assertEquals(
        "engine",
        assertThrows(NullPointerException.class, () -> PreparedModule.of(module, null))
            .getMessage());
    PreparedModule prepared = PreparedModule.of(module, Engine.INTERPRETER);
    assertEquals(
        "imports",
        assertThrows(NullPointerException.class, () -> prepared.instantiate(null)).getMessage());
  }
}
