package dev.wasi4j.testing;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasi4j.Engine;
import dev.wasi4j.Wasi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs guests through a real {@link Wasi} on a chosen engine, with stdin given as bytes and stdout
 * and stderr captured separately. Each run gets a fresh {@code Wasi}, built from the steps given to
 * {@link #with} (applied after the defaults: empty stdin, captured output, nothing else), and closed
 * afterwards. Runners are immutable: {@code with}, {@code args} and {@code stdin} return new ones.
 *
 * <pre>{@code
 * GuestRun run = WasiRunner.on(engine).with(b -> b.args("probe", "yield")).run("syscall_probe");
 * }</pre>
 */
public final class WasiRunner {
  private final Engine engine;
  private final List<Consumer<Wasi.Builder>> steps;
  private final byte[] stdin;

  private WasiRunner(Engine engine, List<Consumer<Wasi.Builder>> steps, byte[] stdin) {
    this.engine = engine;
    this.steps = List.copyOf(steps);
    this.stdin = stdin;
  }

  public static WasiRunner on(Engine engine) {
    return new WasiRunner(engine, List.of(), new byte[0]);
  }

  /** This runner with one more configuration step for the builder (args, env, preopens, ...). */
  public WasiRunner with(Consumer<Wasi.Builder> step) {
    List<Consumer<Wasi.Builder>> more = new ArrayList<>(steps);
    more.add(step);
    return new WasiRunner(engine, more, stdin);
  }

  /** Shorthand for {@code with(b -> b.args(args))}. */
  public WasiRunner args(String... args) {
    return with(b -> b.args(args));
  }

  /** This runner with {@code bytes} as the guest's standard input. */
  public WasiRunner stdin(byte[] bytes) {
    return new WasiRunner(engine, steps, bytes.clone());
  }

  public WasiRunner stdin(String text) {
    return stdin(text.getBytes(StandardCharsets.UTF_8));
  }

  public Engine engine() {
    return engine;
  }

  /** Runs the resource guest {@code name} ({@link Guests#resource}); fails if it does not exit. */
  public GuestRun run(String name) {
    return run(Guests.resource(name));
  }

  /** Starts {@code module} as a command; fails (with its output) if it does not exit. */
  public GuestRun run(WasmModule module) {
    GuestRun run = attempt(module);
    run.exitCode(); // rethrows as an assertion failure, with the output, if start threw
    return run;
  }

  /** Starts {@code module} as a command; an exception from {@code start} is kept in the result. */
  public GuestRun attempt(WasmModule module) {
    return execute(module, (wasi, instance) -> wasi.start(instance));
  }

  /**
   * Instantiates {@code module} and calls {@link Wasi#initialize} on it (a reactor); an exception
   * is kept in the result. The instance's exports can be called afterwards, while the output
   * captured so far is in the result.
   */
  public GuestRun initialize(WasmModule module) {
    return execute(
        module,
        (wasi, instance) -> {
          wasi.initialize(instance);
          return 0;
        });
  }

  /** Builds the {@code Wasi} this runner describes, its output going nowhere in particular. */
  public Wasi build() {
    return build(new ByteArrayOutputStream(), new ByteArrayOutputStream());
  }

  /** Builds the {@code Wasi} this runner describes, writing to the given streams. */
  public Wasi build(ByteArrayOutputStream stdout, ByteArrayOutputStream stderr) {
    Wasi.Builder builder =
        Wasi.builder().stdin(new ByteArrayInputStream(stdin)).stdout(stdout).stderr(stderr);
    steps.forEach(step -> step.accept(builder));
    return builder.build();
  }

  private interface Entry {
    int enter(Wasi wasi, Instance instance);
  }

  private GuestRun execute(WasmModule module, Entry entry) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Instance instance = null;
    int code = -1;
    RuntimeException failure = null;
    try (Wasi wasi = build(stdout, stderr)) {
      instance = wasi.instantiate(module, engine);
      code = entry.enter(wasi, instance);
    } catch (RuntimeException e) {
      failure = e;
    }
    return new GuestRun(code, failure, stdout.toByteArray(), stderr.toByteArray(), instance);
  }
}
