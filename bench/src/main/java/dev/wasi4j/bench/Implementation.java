package dev.wasi4j.bench;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import dev.wasi4j.Wasi;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The WASI preview 1 implementations compared: each gets the same guest, the same arguments, the same
 * sandbox directory preopened as {@value GuestRun#SANDBOX}, and the same {@link NoopImport}; each
 * runs as its users would run it, with its defaults.
 */
public enum Implementation {
  /** This project: {@link Wasi}. */
  WASI4J {
    @Override
    GuestRun.Launch launch(
        CompiledGuest guest, List<String> args, Path sandbox, OutputStream out, OutputStream err) {
      Wasi wasi =
          Wasi.builder()
              .args(args)
              .preopen(GuestRun.SANDBOX, sandbox)
              .stdin(InputStream.nullInputStream())
              .stdout(out)
              .stderr(err)
              .build();
      List<HostFunction> imports = new ArrayList<>(wasi.hostFunctions());
      imports.add(NoopImport.function());
      Instance instance = guest.instantiate(imports);
      return new GuestRun.Launch(() -> wasi.start(instance), wasi::close);
    }
  },

  /** Chicory's own {@code com.dylibso.chicory:wasi}: {@link WasiPreview1}. */
  CHICORY {
    @Override
    GuestRun.Launch launch(
        CompiledGuest guest, List<String> args, Path sandbox, OutputStream out, OutputStream err) {
      WasiOptions options =
          WasiOptions.builder()
              .withArguments(args)
              .withDirectory(GuestRun.SANDBOX, sandbox)
              .withStdin(InputStream.nullInputStream())
              .withStdout(out)
              .withStderr(err)
              .build();
      WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build();
      List<HostFunction> imports = new ArrayList<>(Arrays.asList(wasi.toHostFunctions()));
      imports.add(NoopImport.function());
      Instance instance = guest.instantiate(imports);
      return new GuestRun.Launch(() -> start(instance), wasi::close);
    }

    private int start(Instance instance) {
      try {
        instance.export("_start").apply();
        return 0;
      } catch (WasiExitException e) {
        return e.exitCode();
      }
    }
  };

  abstract GuestRun.Launch launch(
      CompiledGuest guest, List<String> args, Path sandbox, OutputStream out, OutputStream err);
}
