package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.GuestRun;
import dev.wasi4j.testing.WasiRunner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arguments and environment as a C guest sees them through wasi-libc ({@code args_env.c} echoes
 * argv and environ, NUL-separated): what the builder was given, byte for byte in UTF-8, in order,
 * and nothing else.
 */
class ArgsEnvRoundTripTest {
  private record Seen(List<String> args, List<String> env) {}

  private static Seen run(WasiRunner runner) {
    GuestRun run = runner.run("args_env");
    assertEquals(0, run.exitCode(), run::toString);
    String out = run.stdout();
    int newline = out.indexOf('\n');
    String[] counts = out.substring(0, newline).split(" ");
    int argc = Integer.parseInt(counts[0]);
    int envc = Integer.parseInt(counts[1]);
    // Every entry ends with NUL, so the split leaves exactly argc + envc strings (limit -1 keeps
    // empty ones) plus the empty rest after the last NUL.
    List<String> entries = Arrays.asList(out.substring(newline + 1).split("\0", -1));
    assertEquals(argc + envc + 1, entries.size(), "entries in " + out);
    assertEquals("", entries.get(argc + envc));
    return new Seen(entries.subList(0, argc), entries.subList(argc, argc + envc));
  }

  private static List<String> environ(Map<String, String> env) {
    List<String> entries = new ArrayList<>();
    env.forEach((name, value) -> entries.add(name + "=" + value));
    return entries;
  }

  /** Node's defaults: no arguments, and an empty environment even though the JVM has one. */
  @BothEngines
  void defaultsAreEmptyAndNothingIsInheritedFromTheJvm(Engine engine) {
    assumeFalse(System.getenv().isEmpty(), "the test JVM has no environment to leak");
    Seen seen = run(WasiRunner.on(engine));
    assertEquals(List.of(), seen.args());
    assertEquals(List.of(), seen.env());
  }

  @BothEngines
  void emptyStringsSurvive(Engine engine) {
    Seen seen = run(WasiRunner.on(engine).with(b -> b.args("", "x", "").env("EMPTY", "")));
    assertEquals(List.of("", "x", ""), seen.args());
    assertEquals(List.of("EMPTY="), seen.env());
  }

  @BothEngines
  void unicodeRoundTrips(Engine engine) {
    List<String> args =
        List.of("prog", "héllo wörld", "日本語", "emoji 😀🎉", "Ωmega ∑ 𝄞", "mixed aé日😀");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GREETING", "héllo wörld");
    env.put("JAPANESE", "日本語");
    env.put("ÜNÏCODE_NAME", "😀");
    Seen seen = run(WasiRunner.on(engine).with(b -> b.args(args).env(env)));
    assertEquals(args, seen.args());
    assertEquals(environ(env), seen.env());
  }

  /** Anything but NUL is data: spaces, newlines, quotes, '=' in values, control characters. */
  @BothEngines
  void specialCharactersRoundTrip(Engine engine) {
    List<String> args = List.of("a b", "line1\nline2", "tab\there", "\"quoted\" 'single'", "=", "\u0001\u007f");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("EQUATION", "a=b=c");
    env.put("MULTILINE", "one\ntwo");
    env.put("SPACES", "  padded  ");
    Seen seen = run(WasiRunner.on(engine).with(b -> b.args(args).env(env)));
    assertEquals(args, seen.args());
    assertEquals(environ(env), seen.env());
  }

  @BothEngines
  void thousandsOfEntriesAndLongValuesKeepTheirOrder(Engine engine) {
    List<String> args = new ArrayList<>();
    Map<String, String> env = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      // Descending names: a sorted copy would come out in the other order.
      args.add("arg-" + (999 - i) + "-ü");
      env.put("VAR_" + (999 - i), "value " + i + " 日本");
    }
    args.add("x".repeat(100_000));
    env.put("LONG", "é".repeat(50_000));
    Seen seen = run(WasiRunner.on(engine).with(b -> b.args(args).env(env)));
    assertEquals(args, seen.args());
    assertEquals(environ(env), seen.env());
  }

  /** Setting a variable again replaces its value and keeps its first position, as a map does. */
  @BothEngines
  void environmentIsInInsertionOrderWithReplacedValues(Engine engine) {
    Seen seen =
        run(WasiRunner.on(engine).with(b -> b.env("ZED", "1").env("ALPHA", "2").env("ZED", "3")));
    assertEquals(List.of("ZED=3", "ALPHA=2"), seen.env());
  }
}
