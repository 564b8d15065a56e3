package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.Guests;
import dev.wasi4j.testing.Preview1Wat;
import dev.wasi4j.testing.WasiRunner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The import surface: all 46 functions of {@code wasi_snapshot_preview1}, each linking against the
 * witx signature a guest declares, usable through {@link Wasi#importValues()} and {@link
 * Wasi#hostFunctions()} by callers who build the instance themselves (Node's {@code wasiImport}).
 */
class Preview1ImportsTest {
  private static List<String> witxNames() {
    Matcher m = Pattern.compile("\"wasi_snapshot_preview1\" \"(\\w+)\"").matcher(Preview1Wat.IMPORTS);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void hostFunctionsAreExactlyThePreview1Imports() {
    try (Wasi wasi = Wasi.builder().build()) {
      List<HostFunction> functions = wasi.hostFunctions();
      assertEquals(Preview1Wat.IMPORT_COUNT, functions.size());
      assertEquals(
          new TreeSet<>(witxNames()),
          new TreeSet<>(functions.stream().map(HostFunction::name).toList()));
      functions.forEach(f -> assertEquals("wasi_snapshot_preview1", f.module(), f.name()));
    }
  }

  /** Linking checks every import's type: one wrong signature would fail instantiation. */
  @BothEngines
  void everyImportLinksWithItsWitxSignature(Engine engine) {
    assertEquals(Preview1Wat.IMPORT_COUNT, witxNames().size());
    var module = Guests.wat(Preview1Wat.module("(func (export \"_start\"))"));
    assertEquals(0, WasiRunner.on(engine).run(module).exitCode());
  }

  /** The caller builds the instance, with WASI beside its own imports, and hands it to start. */
  @BothEngines
  void startsAnInstanceBuiltWithTheHostFunctionsAndOtherImports(Engine engine) {
    String wat =
        "(module (import \"env\" \"answer\" (func $answer (result i32)))"
            + Preview1Wat.IMPORTS
            + "(memory (export \"memory\") 1)"
            + "(func (export \"_start\") (call $proc_exit (call $answer))))";
    var module = Guests.wat(wat);
    var out = new ByteArrayOutputStream();
    try (Wasi wasi = Wasi.builder().stdout(out).build()) {
      HostFunction answer =
          new HostFunction(
              "env", "answer", FunctionType.of(List.of(), List.of(ValType.I32)), (inst, args) -> new long[] {42});
      List<ImportFunction> functions = new ArrayList<>(wasi.hostFunctions());
      functions.add(answer);
      var builder =
          Instance.builder(module)
              .withImportValues(ImportValues.builder().withFunctions(functions).build())
              .withStart(false);
      if (engine == Engine.COMPILER) {
        builder.withMachineFactory(MachineFactoryCompiler.compile(module));
      }
      assertEquals(42, wasi.start(builder.build()));
    }
  }

  @BothEngines
  void startsAnInstanceBuiltWithImportValues(Engine engine) {
    String wat =
        Preview1Wat.module(
            """
            (data (i32.const 16) "hi\\n")
            (func (export "_start") (call $print (i32.const 16) (i32.const 3)))
            """
                + Preview1Wat.PRINT);
    var module = Guests.wat(wat);
    var out = new ByteArrayOutputStream();
    try (Wasi wasi = Wasi.builder().stdout(out).build()) {
      var builder = Instance.builder(module).withImportValues(wasi.importValues()).withStart(false);
      if (engine == Engine.COMPILER) {
        builder.withMachineFactory(MachineFactoryCompiler.compile(module));
      }
      assertEquals(0, wasi.start(builder.build()));
    }
    assertEquals("hi\n", out.toString(StandardCharsets.UTF_8));
  }
}
