package dev.wasi4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A guest that never ends must not hang the run: after the timeout its thread is interrupted and
 * must actually stop, both in a pure compute loop (only the engine's interruption checks can end
 * it) and while sleeping in a host call.
 */
class TimeoutTest {
  @TempDir Path top;

  @ParameterizedTest
  @CsvSource({"spin, INTERPRETER", "spin, COMPILER", "sleeper, INTERPRETER", "sleeper, COMPILER"})
  void hungGuestIsStopped(String guest, Engine engine) {
    TestCase test = SuiteCopy.test(SuiteCopy.withGuest(top, "hangs", guest), guest);
    TestRunner runner = new TestRunner(engine, Duration.ofSeconds(1));

    TestResult result = runner.run(test, Backend.NIO);

    assertEquals(TestResult.Status.FAILED, result.status(), result::reason);
    assertTrue(
        result.reason().startsWith("run: the guest did not end within 1 s; it was interrupted and stopped"),
        result.reason());
    List<String> alive =
        Thread.getAllStackTraces().keySet().stream()
            .map(Thread::getName)
            .filter(name -> name.equals("wasi4j guest " + test.id()))
            .toList();
    assertEquals(List.of(), alive, "the guest's thread is still running");
  }
}
