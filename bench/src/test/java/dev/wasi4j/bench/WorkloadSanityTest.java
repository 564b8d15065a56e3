package dev.wasi4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every workload once, with few operations, under each implementation, engine and backend, and
 * its java.nio baseline on each backend, and checks that the work was really done: the guest's own
 * checks passed (exit 0 and its "ok" line) and the sandbox holds what the operations leave behind.
 * It measures nothing.
 */
class WorkloadSanityTest {
  private static final Map<String, CompiledGuest> GUESTS = new ConcurrentHashMap<>();
  private static final Map<Backend, Sandbox> SANDBOXES = new ConcurrentHashMap<>();

  @BeforeAll
  static void openSandboxes() throws IOException {
    for (Backend backend : Backend.values()) {
      SANDBOXES.put(backend, backend.open());
    }
  }

  @AfterAll
  static void closeSandboxes() throws IOException {
    for (Sandbox sandbox : SANDBOXES.values()) {
      sandbox.close();
    }
  }

  /** Few operations, yet more than one of everything (more than one fd_readdir page, too). */
  private static int smallCount(Workload workload) {
    switch (workload) {
      case BULK_RW:
        return 5;
      case READDIR:
        return 300;
      default:
        return 50;
    }
  }

  static Stream<Arguments> guestRuns() {
    List<Arguments> runs = new ArrayList<>();
    for (Workload workload : Workload.values()) {
      for (Implementation implementation : Implementation.values()) {
        for (Engine engine : Engine.values()) {
          for (Backend backend : Backend.values()) {
            runs.add(Arguments.of(workload, implementation, engine, backend));
          }
        }
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0} under {1} ({2}) on {3}")
  @MethodSource("guestRuns")
  void guestDoesTheWork(
      Workload workload, Implementation implementation, Engine engine, Backend backend)
      throws Exception {
    Sandbox sandbox = preparedSandbox(workload, backend);
    int count = smallCount(workload);
    CompiledGuest guest =
        GUESTS.computeIfAbsent(
            workload.guest() + "/" + engine, key -> CompiledGuest.load(workload.guest(), engine));
    try (GuestRun run =
        GuestRun.prepare(implementation, guest, workload.args(count), sandbox.root())) {
      assertEquals(0, run.start());
      run.requireSuccess(workload.okLine(count));
    }
    checkEffects(workload, sandbox.root(), count);
  }

  @ParameterizedTest(name = "{0} with java.nio on {1}")
  @MethodSource("hostRuns")
  void hostBaselineDoesTheWork(Workload workload, Backend backend) throws IOException {
    Sandbox sandbox = preparedSandbox(workload, backend);
    int count = smallCount(workload);
    workload.runOnHost(sandbox.root(), count);
    checkEffects(workload, sandbox.root(), count);
  }

  static Stream<Arguments> hostRuns() {
    return Stream.of(Workload.values())
        .filter(Workload::hasHostRun)
        .flatMap(w -> Stream.of(Backend.values()).map(b -> Arguments.of(w, b)));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void sandboxIsEmptiedBetweenRuns(Backend backend) throws IOException {
    Sandbox sandbox = preparedSandbox(Workload.STAT_DEEP, backend);
    sandbox.clear();
    try (Stream<Path> left = Files.list(sandbox.root())) {
      assertEquals(0, left.count());
    }
  }

  private static Sandbox preparedSandbox(Workload workload, Backend backend) throws IOException {
    Sandbox sandbox = SANDBOXES.get(backend);
    sandbox.clear();
    workload.prepare(sandbox.root());
    return sandbox;
  }

  /** What the operations leave in the sandbox. */
  private static void checkEffects(Workload workload, Path sandbox, int count) throws IOException {
    switch (workload) {
      case WRITE_SMALL:
        assertEquals((long) count * HostNio.SMALL_WRITE, Files.size(sandbox.resolve("out.bin")));
        break;
      case BULK_RW:
        assertEquals((long) count * HostNio.CHUNK, Files.size(sandbox.resolve("bulk.bin")));
        break;
      case READDIR:
        try (Stream<Path> entries = Files.list(sandbox.resolve("entries"))) {
          assertEquals(count, entries.filter(Files::isRegularFile).count());
        }
        assertTrue(Files.exists(sandbox.resolve("entries").resolve(HostNio.entryName(count - 1))));
        break;
      case STAT_DEEP:
        assertEquals(Fixture.CONTENT.length, Files.size(sandbox.resolve(Fixture.DEEP_FILE)));
        break;
      case OPEN_CLOSE:
        assertEquals(Fixture.CONTENT.length, Files.size(sandbox.resolve(Fixture.FILE)));
        break;
      case NOOP:
        break;
    }
  }
}
