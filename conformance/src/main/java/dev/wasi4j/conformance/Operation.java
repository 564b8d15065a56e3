package dev.wasi4j.conformance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of an operation-based spec. Absent fields take the format's defaults. The legacy spec
 * form is converted to these too: run, then a read per expected stream, then wait.
 */
sealed interface Operation {
  /** The operation's {@code "type"} in the spec. */
  String type();

  /**
   * Starts the guest. {@code root} (relative to the test's directory) is preopened as {@code /};
   * each of {@code dirs} (the older spec layout) is preopened under its own relative name.
   */
  record Run(List<String> args, Map<String, String> env, String root, List<String> dirs)
      implements Operation {
    static final Run DEFAULT = new Run(null, null, null, null);

    public Run {
      args = args == null ? List.of() : List.copyOf(args);
      // A copy that keeps the spec's order: the guest sees its environment in that order.
      env = env == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(env));
      dirs = dirs == null ? List.of() : List.copyOf(dirs);
    }

    @Override
    public String type() {
      return "run";
    }

    /** The run's preopens in descriptor order: {@code root} as {@code /}, then {@code dirs}. */
    List<Preopen> preopens() {
      List<Preopen> preopens = new ArrayList<>();
      if (root != null) {
        preopens.add(new Preopen("/", root));
      }
      dirs.forEach(dir -> preopens.add(new Preopen(dir, dir)));
      return preopens;
    }

    /**
     * A directory the guest sees as {@code guestPath}.
     *
     * @param directory relative to the test's directory
     */
    record Preopen(String guestPath, String directory) {}
  }

  /**
   * Reads as many characters as {@code payload} has from the guest's {@code id} stream (stdout or
   * stderr), continuing where the previous read of that stream stopped, and expects them to be
   * {@code payload}.
   */
  record Read(String id, String payload) implements Operation {
    public Read {
      id = Objects.requireNonNullElse(id, "stdout");
      payload = Objects.requireNonNullElse(payload, "");
    }

    @Override
    public String type() {
      return "read";
    }
  }

  /** Waits for the guest to end and expects its exit code. */
  record Wait(@JsonProperty("exit_code") Long exitCode) implements Operation {
    static final Wait DEFAULT = new Wait(null);

    public Wait {
      exitCode = Objects.requireNonNullElse(exitCode, 0L);
    }

    @Override
    public String type() {
      return "wait";
    }
  }

  /**
   * An operation of the format this runner does not perform ({@code write}, {@code connect},
   * {@code send}, {@code recv}, {@code request}, {@code kill}); a test using one is skipped. Its
   * fields are kept for the spec's validation.
   *
   * @param id the stream or connection the operation names, when it names one
   * @param protocolType a {@code connect}'s protocol
   */
  record Unsupported(String type, String id, @JsonProperty("protocol_type") String protocolType)
      implements Operation {
    public Unsupported {
      Objects.requireNonNull(type, "type");
      switch (type) {
        case "connect" -> {
          id = Objects.requireNonNullElse(id, "server");
          protocolType = Objects.requireNonNullElse(protocolType, "tcp");
        }
        // The format's default, which names no stream, so a write without an id fails validation.
        case "write" -> id = Objects.requireNonNullElse(id, "write");
        default -> {}
      }
    }
  }
}
