package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.runtime.Memory;
import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.GuestRun;
import dev.wasi4j.testing.Guests;
import dev.wasi4j.testing.Preview1Wat;
import dev.wasi4j.testing.WasiRunner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The exact bytes {@code args_sizes_get}/{@code args_get} and {@code environ_sizes_get}/{@code
 * environ_get} leave in guest memory, called raw from WAT: counts, buffer sizes (UTF-8 bytes plus
 * one NUL per entry), the pointer array pointing at each entry in order, the NUL-terminated strings
 * packed back to back — and not one byte written past either region.
 */
class ArgsEnvLayoutTest {
  private static final int ARGC = 0x100;
  private static final int ARGV_BUF_SIZE = 0x104;
  private static final int ENVC = 0x108;
  private static final int ENV_BUF_SIZE = 0x10C;
  private static final int ERRNOS = 0x110; // four i32 errnos, one per call
  private static final int ARGV = 0x1000;
  private static final int ARGV_BUF = 0x2000;
  private static final int ENVIRON = 0x3000;
  private static final int ENVIRON_BUF = 0x4000;
  private static final byte SENTINEL = (byte) 0xAA;

  /** Paints 0x1000..0x8000 with the sentinel, then makes the four calls, keeping their errnos. */
  private static final String GUEST =
      Preview1Wat.module(
          """
          (func (export "_start")
            (memory.fill (i32.const 0x1000) (i32.const 0xAA) (i32.const 0x7000))
            (i32.store (i32.const 0x110) (call $args_sizes_get (i32.const 0x100) (i32.const 0x104)))
            (i32.store (i32.const 0x114) (call $args_get (i32.const 0x1000) (i32.const 0x2000)))
            (i32.store (i32.const 0x118) (call $environ_sizes_get (i32.const 0x108) (i32.const 0x10C)))
            (i32.store (i32.const 0x11C) (call $environ_get (i32.const 0x3000) (i32.const 0x4000))))
          """);

  private static GuestRun run(Engine engine, List<String> args, List<String[]> env) {
    GuestRun run =
        WasiRunner.on(engine)
            .with(
                b -> {
                  b.args(args);
                  env.forEach(pair -> b.env(pair[0], pair[1]));
                })
            .run(Guests.wat(GUEST));
    assertEquals(0, run.exitCode());
    for (int call = 0; call < 4; call++) {
      assertEquals(0, run.memory().readInt(ERRNOS + 4 * call), "errno of call " + call);
    }
    return run;
  }

  /** Checks one list's count, size, pointers, strings, and the untouched bytes after them. */
  private static void assertLayout(
      Memory memory, int countAt, int sizeAt, int pointers, int buf, List<String> strings) {
    var packed = new ByteArrayOutputStream();
    assertEquals(strings.size(), memory.readInt(countAt), "count");
    for (int i = 0; i < strings.size(); i++) {
      assertEquals(buf + packed.size(), memory.readInt(pointers + 4 * i), "pointer " + i);
      packed.writeBytes(strings.get(i).getBytes(StandardCharsets.UTF_8));
      packed.write(0);
    }
    byte[] expected = packed.toByteArray();
    assertEquals(expected.length, memory.readInt(sizeAt), "buffer size");
    assertArrayEquals(expected, memory.readBytes(buf, expected.length), "buffer");
    assertEquals(SENTINEL, memory.read(buf + expected.length), "byte after the buffer");
    assertEquals(
        SENTINEL, memory.read(pointers + 4 * strings.size()), "byte after the pointer array");
  }

  @BothEngines
  void entriesArePackedNulTerminatedUtf8WithPointersInOrder(Engine engine) {
    List<String> args = List.of("prog", "", "héllo wörld", "日本語", "🎉😀", "a b=c");
    List<String[]> env =
        List.of(new String[] {"K", "v"}, new String[] {"EMPTY", ""}, new String[] {"UNI", "ünï=日"});
    Memory memory = run(engine, args, env).memory();
    assertLayout(memory, ARGC, ARGV_BUF_SIZE, ARGV, ARGV_BUF, args);
    assertLayout(memory, ENVC, ENV_BUF_SIZE, ENVIRON, ENVIRON_BUF, List.of("K=v", "EMPTY=", "UNI=ünï=日"));
    // "héllo wörld" is 11 characters but 13 bytes: sizes count bytes.
    assertEquals(5 + 1 + 14 + 10 + 9 + 6, memory.readInt(ARGV_BUF_SIZE));
  }

  @BothEngines
  void emptyListsHaveZeroSizesAndWriteNothing(Engine engine) {
    Memory memory = run(engine, List.of(), List.of()).memory();
    assertEquals(0, memory.readInt(ARGC));
    assertEquals(0, memory.readInt(ARGV_BUF_SIZE));
    assertEquals(0, memory.readInt(ENVC));
    assertEquals(0, memory.readInt(ENV_BUF_SIZE));
    for (int at : new int[] {ARGV, ARGV_BUF, ENVIRON, ENVIRON_BUF}) {
      assertEquals(SENTINEL, memory.read(at), "untouched at 0x" + Integer.toHexString(at));
    }
  }
}
