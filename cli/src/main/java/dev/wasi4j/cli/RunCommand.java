package dev.wasi4j.cli;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.ChicoryException;
import dev.wasi4j.Engine;
import dev.wasi4j.conformance.Backend;
import dev.wasi4j.Wasi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wasi4j run}: runs a WASI command module the way {@code wasmtime run} does, so that it can
 * stand in for wasmtime (the official wasi-testsuite's adapter runs {@code wasmtime run --dir
 * ROOT::/ --env K=V MODULE ARGS...}). The guest's {@code argv[0]} is MODULE as given, and the exit
 * code is the guest's.
 */
@Command(
    name = RunCommand.NAME,
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs a WebAssembly module that is a WASI preview 1 command, as wasmtime run does.",
      "Everything after MODULE is passed to the guest, options included.",
      "Preopens get descriptors 3, 4, ...: --dir options first, then --mount options, each in"
          + " command-line order."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the guest returned from _start or called proc_exit(0)",
      "1-125:the status the guest passed to proc_exit (1 also for a status of 126 or more, which"
          + " WASI forbids)",
      "2:also a bad command line: unknown option, missing or malformed module, missing directory"
          + " or archive, malformed --mount, ...",
      "134:the guest trapped (as wasmtime on Unix: 128 + SIGABRT)"
    })
final class RunCommand implements Callable<Integer> {
  /** The subcommand's name. */
  static final String NAME = "run";

  /** Exit statuses from this one up are not the guest's to choose (WASI, wasmtime). */
  private static final int FIRST_RESERVED_STATUS = 126;

  @ParentCommand private Wasi4jCommand parent;

  @Spec private CommandSpec spec;

  @Option(
      names = "--env",
      paramLabel = "NAME[=VAL]",
      converter = EnvSetting.Converter.class,
      description = {
        "Sets NAME to VAL in the guest's environment; a bare NAME passes the host's value of NAME,"
            + " if it has one.",
        "Nothing else from the host's environment reaches the guest."
      })
  private final List<EnvSetting> env = new ArrayList<>();

  @Option(
      names = "--dir",
      paramLabel = "HOST[::GUEST]",
      converter = DirSpec.Converter.class,
      description =
          "Preopens the host directory HOST as GUEST (default: HOST as written), served by"
              + " --backend.")
  private final List<DirSpec> dirs = new ArrayList<>();

  @Option(
      names = "--mount",
      paramLabel = "SPEC",
      converter = MountSpec.Converter.class,
      description = {
        "Preopens a directory tree described by SPEC, one of: " + MountSpec.FORMS + ".",
        "mem::GUEST is a new, empty in-memory directory; zip: and tar: (.tar, .tgz, .tbz2) mount"
            + " an archive's contents read-only; vfs: mounts any Commons VFS URI (read-only when"
            + " its scheme cannot write)."
      })
  private final List<MountSpec> mounts = new ArrayList<>();

  @Option(
      names = "--backend",
      paramLabel = "KIND",
      defaultValue = "nio",
      description = {
        "How --dir directories are served: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
        "nio: straight from disk; memory: an in-memory copy the guest may change, the host's stays"
            + " as it was; vfs: through Commons VFS's local-file provider."
      })
  private Backend backend;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "interpreter",
      description =
          "Chicory's engine: interpreter (starts at once) or compiler (translates the module to JVM"
              + " bytecode first, then runs faster). Default: ${DEFAULT-VALUE}.")
  private Engine engine;

  @Parameters(
      index = "0",
      paramLabel = "MODULE",
      description =
          "The .wasm file to run, or "
              + GuestModule.EXAMPLE_PREFIX
              + "NAME for an example bundled"
              + " in wasi4j ("
              + GuestModule.EXAMPLE_PREFIX
              + "hello).")
  private String module;

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "The guest's arguments, verbatim.")
  private final List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    // Checked here rather than by converters, so that unknown options and --help come first.
    GuestModule guest = checkInput("", () -> GuestModule.load(module));
    try (Wasi wasi = sandbox(guest)) {
      return exitCode(start(guest, wasi, instantiate(guest, wasi)));
    }
  }

  private Wasi sandbox(GuestModule guest) {
    Stdio stdio = parent.stdio();
    Wasi.Builder builder =
        Wasi.builder()
            .args(guest.name())
            .args(args)
            .stdin(stdio.in())
            .stdout(stdio.out())
            .stderr(stdio.err());
    for (EnvSetting setting : env) {
      setting.resolve(System::getenv).ifPresent(value -> builder.env(setting.name(), value));
    }
    for (DirSpec dir : dirs) {
      preopen(
          builder,
          dir.guestPath(),
          dir.toString(),
          () -> backend.mount(HostPaths.directory(dir.host())));
    }
    for (MountSpec mount : mounts) {
      preopen(builder, mount.guestPath(), mount.toString(), mount::open);
    }
    return checkInput("", builder::build);
  }

  private void preopen(
      Wasi.Builder builder, String guestPath, String option, MountSpec.Source source) {
    checkInput("cannot mount " + option + ": ", () -> builder.preopen(guestPath, source.open()));
  }

  private Instance instantiate(GuestModule guest, Wasi wasi) {
    try {
      return wasi.instantiate(guest.module(), engine);
    } catch (ChicoryException e) {
      throw usageError("'" + guest.name() + "' cannot be instantiated: " + e.getMessage());
    }
  }

  private int start(GuestModule guest, Wasi wasi, Instance instance) {
    try {
      return wasi.start(instance);
    } catch (IllegalArgumentException e) {
      // Only Wasi.start's checks of the exports, made before the guest runs, throw this.
      throw usageError("cannot run '" + guest.name() + "': " + e.getMessage());
    }
  }

  /** The guest's status as the process's exit code, refusing reserved statuses as wasmtime does. */
  private int exitCode(int status) {
    if (Integer.compareUnsigned(status, FIRST_RESERVED_STATUS) < 0) {
      return status;
    }
    spec.commandLine()
        .getErr()
        .println(
            "wasi4j: guest exited with status "
                + Integer.toUnsignedString(status)
                + ", outside WASI's 0 to "
                + (FIRST_RESERVED_STATUS - 1));
    return 1;
  }

  /**
   * The result of {@code step}, whose failures are the command line's fault: a usage error whose
   * message is {@code context} and the failure's.
   */
  private <T> T checkInput(String context, InputStep<T> step) {
    try {
      return step.get();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw usageError(context + e.getMessage());
    }
  }

  /** A step of setting the guest up that may fail because of what the command line says. */
  @FunctionalInterface
  private interface InputStep<T> {
    T get() throws IOException;
  }

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
