package dev.wasi4j;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import dev.wasi4j.internal.abi.Rights;
import dev.wasi4j.internal.fd.DirectoryDescriptor;
import dev.wasi4j.internal.fd.FdTable;
import dev.wasi4j.internal.fd.InputStreamDescriptor;
import dev.wasi4j.internal.fd.OutputStreamDescriptor;
import dev.wasi4j.internal.fs.Dir;
import dev.wasi4j.internal.fs.Volume;
import dev.wasi4j.internal.syscall.Preview1;
import dev.wasi4j.internal.syscall.SyscallContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * A WASI preview 1 sandbox for one guest, in the image of Node.js's {@code WASI} class: arguments,
 * environment and preopened directories are given explicitly when it is {@linkplain #builder()
 * built} — nothing is inherited from the JVM — and the guest runs with {@link #start} (a command) or
 * {@link #initialize} (a reactor).
 *
 * <pre>{@code
 * try (Wasi wasi = Wasi.builder()
 *     .args("guest", "--verbose")
 *     .env("HOME", "/data")
 *     .preopen("/data", Path.of("build/data"))
 *     .build()) {
 *   int exitCode = wasi.run(Parser.parse(Path.of("guest.wasm")), Engine.COMPILER);
 * }
 * }</pre>
 *
 * <p>Or, with an instance built elsewhere: pass {@link #importValues()} (Node's {@code wasiImport})
 * when instantiating, without letting Chicory run {@code _start} itself, then call {@link #start}.
 *
 * <p>A {@code Wasi} serves one guest instance once; it is not thread-safe. Closing it closes the
 * guest's open descriptors and the preopened mounts.
 */
public final class Wasi implements AutoCloseable {
  private final boolean returnOnExit;
  private final OutputStream stdout;
  private final OutputStream stderr;
  private final FdTable fds;
  private final List<Mount> mounts;
  private final List<HostFunction> hostFunctions;
  private String used;

  private Wasi(Builder builder) {
    this.returnOnExit = builder.returnOnExit;
    this.stdout = builder.stdout;
    this.stderr = builder.stderr;
    this.mounts = List.copyOf(builder.preopens.values());
    this.fds = new FdTable();
    try {
      fds.add(new InputStreamDescriptor(builder.stdin));
      fds.add(new OutputStreamDescriptor(builder.stdout));
      fds.add(new OutputStreamDescriptor(builder.stderr));
      for (Map.Entry<String, Mount> preopen : builder.preopens.entrySet()) {
        fds.add(preopen(preopen.getKey(), preopen.getValue()));
      }
    } catch (IOException e) {
      UncheckedIOException failure = new UncheckedIOException("setting up the descriptors", e);
      closeQuietly(failure);
      throw failure;
    } catch (RuntimeException e) {
      closeQuietly(e);
      throw e;
    }
    SyscallContext context =
        new SyscallContext(
            fds, encode(builder.args), encode(environ(builder.env)), builder.clocks, builder.random);
    this.hostFunctions = Preview1.hostFunctions(context);
  }

  /** A builder with Node's defaults: no arguments, empty environment, no preopens, JVM stdio. */
  public static Builder builder() {
    return new Builder();
  }

  private static DirectoryDescriptor preopen(String guestPath, Mount mount) {
    Dir root;
    try {
      root = new Volume(mount.root()).openRoot();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "preopen " + guestPath + ": cannot open " + mount.root().toUri() + " as a directory: " + e,
          e);
    }
    long base = Rights.DIRECTORY;
    long inheriting = Rights.DIRECTORY | Rights.REGULAR_FILE;
    if (mount.isReadOnly()) {
      base &= ~Rights.MUTATING;
      inheriting &= ~Rights.MUTATING;
    }
    try {
      // The root is the sandbox's top: its ".." entry reports the root itself.
      return new DirectoryDescriptor(root, guestPath, root.stat(".").ino(), base, inheriting);
    } catch (IOException e) {
      UncheckedIOException failure =
          new UncheckedIOException("preopen " + guestPath + ": " + e.getMessage(), e);
      try {
        root.close();
      } catch (IOException suppressed) {
        failure.addSuppressed(suppressed);
      }
      throw failure;
    }
  }

  /**
   * The host functions of module {@code wasi_snapshot_preview1} (Node's {@code wasiImport}), to
   * combine with other imports.
   */
  public List<HostFunction> hostFunctions() {
    return hostFunctions;
  }

  /** {@link #hostFunctions()} as Chicory import values. */
  public ImportValues importValues() {
    return ImportValues.builder().withFunctions(List.copyOf(hostFunctions)).build();
  }

  /**
   * Instantiates {@code module} with this sandbox's imports, without running {@code _start}, on the
   * chosen engine. To run a module many times, {@linkplain PreparedModule#of prepare} it once and
   * use {@link #instantiate(PreparedModule)}.
   *
   * @throws WasiTrapException if the module's start function traps
   */
  public Instance instantiate(WasmModule module, Engine engine) {
    return instantiate(PreparedModule.of(module, engine));
  }

  /**
   * Instantiates {@code module} with this sandbox's imports, without running {@code _start}.
   *
   * @throws WasiTrapException if the module's start function traps
   */
  public Instance instantiate(PreparedModule module) {
    return Objects.requireNonNull(module, "module").instantiate(importValues());
  }

  /** Instantiates {@code module} and {@linkplain #start starts} it; returns its exit code. */
  public int run(WasmModule module, Engine engine) {
    return start(instantiate(module, engine));
  }

  /**
   * The common case in one call: parses the module file, instantiates it and {@linkplain #start
   * starts} it; returns its exit code.
   *
   * @throws com.dylibso.chicory.wasm.MalformedException if the file is not a wasm module
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public int run(Path moduleFile, Engine engine) {
    Objects.requireNonNull(moduleFile, "module file");
    return run(Parser.parse(moduleFile), engine);
  }

  /**
   * Runs the command {@code instance} by calling its {@code _start} export.
   *
   * @return 0 when {@code _start} returns, the code passed to {@code proc_exit} otherwise (when
   *     {@code returnOnExit} is false, {@code proc_exit} ends the JVM instead)
   * @throws IllegalArgumentException if the instance has no {@code _start} function, exports
   *     {@code _initialize}, or has no memory exported as {@code memory}
   * @throws IllegalStateException if {@code start} or {@code initialize} was already called
   * @throws WasiTrapException if the guest traps
   */
  public int start(Instance instance) {
    requireUnused("start");
    Map<String, ExternalType> exports = exports(instance);
    if (exports.get("_start") != ExternalType.FUNCTION) {
      throw new IllegalArgumentException("instance has no _start function: it is not a WASI command");
    }
    if (exports.containsKey("_initialize")) {
      throw new IllegalArgumentException("instance exports _initialize: it is a reactor; use initialize()");
    }
    requireMemory(exports);
    used = "start";
    try {
      call(instance.export("_start"));
      return 0;
    } catch (WasiExitException e) {
      exitUnlessReturning(e);
      return e.exitCode();
    } finally {
      flushStdio();
    }
  }

  /** With {@code returnOnExit(false)}, proc_exit ends the JVM whichever entry point runs, as in Node. */
  private void exitUnlessReturning(WasiExitException e) {
    if (!returnOnExit) {
      flushStdio();
      System.exit(e.exitCode());
    }
  }

  /**
   * Prepares the reactor {@code instance} by calling its {@code _initialize} export, if it has one.
   *
   * @throws IllegalArgumentException if the instance exports {@code _start} or has no memory
   *     exported as {@code memory}
   * @throws IllegalStateException if {@code start} or {@code initialize} was already called
   * @throws WasiExitException if the guest calls {@code proc_exit} while initializing (when
   *     {@code returnOnExit} is false, that ends the JVM instead)
   * @throws WasiTrapException if the guest traps
   */
  public void initialize(Instance instance) {
    requireUnused("initialize");
    Map<String, ExternalType> exports = exports(instance);
    if (exports.containsKey("_start")) {
      throw new IllegalArgumentException("instance exports _start: it is a command; use start()");
    }
    requireMemory(exports);
    used = "initialize";
    try {
      if (exports.get("_initialize") == ExternalType.FUNCTION) {
        call(instance.export("_initialize"));
      }
    } catch (WasiExitException e) {
      exitUnlessReturning(e);
      throw e;
    } finally {
      flushStdio();
    }
  }

  private static void call(ExportFunction function) {
    try {
      function.apply();
    } catch (WasiExitException e) {
      throw e;
    } catch (ChicoryException | StackOverflowError e) {
      throw trap(e);
    }
  }

  /**
   * How a failure of the guest's own code ({@code failure}: the engine's trap, or the JVM stack
   * running out under compiled code) is reported: a {@link WasiTrapException} naming the reason.
   */
  static WasiTrapException trap(Throwable failure) {
    String reason =
        failure instanceof StackOverflowError
            ? "call stack exhausted"
            : Objects.requireNonNullElseGet(failure.getMessage(), failure::toString);
    return new WasiTrapException(reason, failure);
  }

  private static Map<String, ExternalType> exports(Instance instance) {
    Objects.requireNonNull(instance, "instance");
    ExportSection section = instance.module().exportSection();
    Map<String, ExternalType> exports = new LinkedHashMap<>();
    for (int i = 0; i < section.exportCount(); i++) {
      Export export = section.getExport(i);
      exports.put(export.name(), export.exportType());
    }
    return exports;
  }

  private static void requireMemory(Map<String, ExternalType> exports) {
    if (exports.get("memory") != ExternalType.MEMORY) {
      throw new IllegalArgumentException("instance does not export its memory as \"memory\"");
    }
  }

  /**
   * As Node, a second entry is a state error whatever instance it is given, so this is checked
   * before the exports; an instance refused for its exports does not count as an entry.
   */
  private void requireUnused(String call) {
    if (used != null) {
      throw new IllegalStateException(
          call + "() called after " + used + "(): a Wasi runs one guest once");
    }
  }

  private void flushStdio() {
    try {
      stdout.flush();
      stderr.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("flushing the guest's output", e);
    }
  }

  /** Closes the guest's descriptors and releases the mounts. */
  @Override
  public void close() {
    closeQuietly(null);
  }

  private void closeQuietly(RuntimeException pending) {
    RuntimeException failure = pending;
    try {
      fds.closeAll();
    } catch (IOException e) {
      failure = chain(failure, new UncheckedIOException("closing the guest's descriptors", e));
    }
    for (Mount mount : mounts) {
      try {
        mount.close();
      } catch (IOException e) {
        failure = chain(failure, new UncheckedIOException("closing " + mount, e));
      }
    }
    if (failure != null && failure != pending) {
      throw failure;
    }
  }

  private static RuntimeException chain(RuntimeException first, RuntimeException next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }

  private static List<String> environ(Map<String, String> env) {
    List<String> entries = new ArrayList<>(env.size());
    env.forEach((name, value) -> entries.add(name + "=" + value));
    return entries;
  }

  private static List<byte[]> encode(List<String> strings) {
    List<byte[]> encoded = new ArrayList<>(strings.size());
    for (String s : strings) {
      encoded.add(s.getBytes(StandardCharsets.UTF_8));
    }
    return encoded;
  }

  /**
   * Configures a {@link Wasi}. Defaults follow Node's {@code WASI} (from v20): no arguments, an
   * empty environment, no preopens, {@code returnOnExit} true; stdio is the JVM's own, clocks are
   * the system's and randomness comes from {@link SecureRandom}.
   */
  public static final class Builder {
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, Mount> preopens = new LinkedHashMap<>();
    private InputStream stdin = System.in;
    private OutputStream stdout = System.out;
    private OutputStream stderr = System.err;
    private boolean returnOnExit = true;
    private Clocks clocks = Clocks.system();
    private Random random;

    private Builder() {}

    /** Appends arguments; the first is conventionally the program's name. */
    public Builder args(String... args) {
      return args(List.of(args));
    }

    /** Appends arguments; the first is conventionally the program's name. */
    public Builder args(List<String> args) {
      for (String arg : args) {
        Objects.requireNonNull(arg, "argument");
        if (arg.indexOf('\0') >= 0) {
          throw new IllegalArgumentException(
              "argument " + (this.args.size()) + " contains a NUL character: " + quote(arg));
        }
        this.args.add(arg);
      }
      return this;
    }

    /** Sets one environment variable (later calls replace earlier values of the same name). */
    public Builder env(String name, String value) {
      Objects.requireNonNull(name, "environment variable name");
      Objects.requireNonNull(value, "value of environment variable " + name);
      if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(
            "environment variable name " + quote(name) + " must be non-empty and contain no '=' or NUL");
      }
      if (value.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(
            "value of environment variable " + name + " contains a NUL character");
      }
      env.put(name, value);
      return this;
    }

    /** Sets every entry of {@code env}, in its iteration order. */
    public Builder env(Map<String, String> env) {
      env.forEach(this::env);
      return this;
    }

    /** Preopens {@code hostDirectory} (on any java.nio provider) read-write as {@code guestPath}. */
    public Builder preopen(String guestPath, Path hostDirectory) {
      return preopen(guestPath, Mount.of(Objects.requireNonNull(hostDirectory, "host directory")));
    }

    /** Preopens {@code mount} as {@code guestPath}; preopens get descriptors 3, 4, ... in order. */
    public Builder preopen(String guestPath, Mount mount) {
      Objects.requireNonNull(guestPath, "guest path");
      Objects.requireNonNull(mount, "mount");
      if (guestPath.isEmpty() || guestPath.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(
            "guest path " + quote(guestPath) + " must be non-empty and contain no NUL");
      }
      if (preopens.containsKey(guestPath)) {
        throw new IllegalArgumentException("guest path " + guestPath + " is preopened twice");
      }
      preopens.put(guestPath, mount);
      return this;
    }

    public Builder stdin(InputStream stdin) {
      this.stdin = Objects.requireNonNull(stdin, "stdin");
      return this;
    }

    public Builder stdout(OutputStream stdout) {
      this.stdout = Objects.requireNonNull(stdout, "stdout");
      return this;
    }

    public Builder stderr(OutputStream stderr) {
      this.stderr = Objects.requireNonNull(stderr, "stderr");
      return this;
    }

    /**
     * Whether {@code proc_exit} makes {@link Wasi#start} return the exit code (true, the default) or
     * ends the JVM with it (false).
     */
    public Builder returnOnExit(boolean returnOnExit) {
      this.returnOnExit = returnOnExit;
      return this;
    }

    public Builder clocks(Clocks clocks) {
      this.clocks = Objects.requireNonNull(clocks, "clocks");
      return this;
    }

    /** The source of {@code random_get}; a {@link SecureRandom} unless set. */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Opens the preopened directories and returns the sandbox.
     *
     * @throws IllegalArgumentException if a preopen is not an existing directory
     */
    public Wasi build() {
      if (random == null) {
        random = new SecureRandom();
      }
      return new Wasi(this);
    }

    private static String quote(String s) {
      return '"' + s.replace("\0", "\\0") + '"';
    }
  }
}
