package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.internal.abi.Errno;
import dev.wasi4j.testing.GuestRun;
import dev.wasi4j.testing.Guests;
import dev.wasi4j.testing.Preview1Wat;
import dev.wasi4j.testing.WasiRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code fd_readdir}'s cookie is a u64: any value past the last entry, those of 2^63 and above
 * included (negative as a Java long), reads an empty rest of the directory.
 */
class ReaddirCookieTest {

  /** Runs one fd_readdir on the preopen from {@code cookie}; the exit code is errno | bufused << 8. */
  private static GuestRun readdir(long cookie, Path sandbox) {
    String call =
        "(i32.or (call $fd_readdir (i32.const 3) (i32.const 0x1000) (i32.const 256) (i64.const "
            + cookie
            + ") (i32.const 0x300)) (i32.shl (i32.load (i32.const 0x300)) (i32.const 8)))";
    return WasiRunner.on(Engine.INTERPRETER)
        .with(b -> b.preopen("/sandbox", sandbox))
        .run(Guests.wat(Preview1Wat.exitWith(call, "")));
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 1000, Long.MIN_VALUE, -1})
  void cookiePastTheEndReadsNothing(long cookie, @TempDir Path sandbox) throws IOException {
    Files.writeString(sandbox.resolve("file"), "x");
    GuestRun run = readdir(cookie, sandbox);
    assertEquals(Errno.name(Errno.SUCCESS), Errno.name(run.exitCode() & 0xFF), run::toString);
    assertEquals(0, run.exitCode() >>> 8, "bytes used");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 2})
  void cookieOfAnEntryReadsFromIt(long cookie, @TempDir Path sandbox) throws IOException {
    Files.writeString(sandbox.resolve("file"), "x");
    GuestRun run = readdir(cookie, sandbox);
    assertEquals(Errno.name(Errno.SUCCESS), Errno.name(run.exitCode() & 0xFF), run::toString);
    // "file": a 24-byte dirent header and its 4-byte name; "." and ".." before it from cookie 0.
    assertEquals(cookie == 0 ? 24 + 1 + 24 + 2 + 24 + 4 : 24 + 4, run.exitCode() >>> 8);
  }
}
