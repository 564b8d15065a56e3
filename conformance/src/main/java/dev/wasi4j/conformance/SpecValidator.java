package dev.wasi4j.conformance;

import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * The format's validation rules, checked as the official runner does it, by walking the operations
 * with the streams each one opens: a run needs no guest running and opens stdin (writable), stdout
 * and stderr (readable); a wait needs a running guest and ends it; read, write, connect, send, recv,
 * request and kill need a running guest; a read names a readable stream, a write a writable one;
 * connect opens a new (uniquely named) tcp connection that send and recv name. At the end, no
 * guest may be left running: each run is paired with a wait.
 */
final class SpecValidator {
  private enum Stream {
    READABLE,
    WRITABLE,
    SOCKET
  }

  private final Map<String, Stream> streams = new TreeMap<>();
  private boolean running;

  private SpecValidator() {}

  static void validate(TestSpec spec) throws InvalidSpecException {
    SpecValidator validator = new SpecValidator();
    List<Operation> operations = spec.operations();
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      String problem = validator.step(operation);
      if (problem != null) {
        throw new InvalidSpecException(
            "operations[" + i + "] (" + operation.type() + "): " + problem);
      }
    }
    if (validator.running) {
      throw new InvalidSpecException("a run is not followed by a wait: pair each run with a wait");
    }
  }

  /** Applies one operation; returns what is wrong with it, or null. */
  private String step(Operation operation) {
    if (operation instanceof Operation.Run) {
      if (running) {
        return "the guest of the previous run is still running: end it with a wait first";
      }
      running = true;
      streams.put("stdin", Stream.WRITABLE);
      streams.put("stdout", Stream.READABLE);
      streams.put("stderr", Stream.READABLE);
      return null;
    }
    if (!running) {
      return "no guest is running: it must come after a run (and before its wait)";
    }
    if (operation instanceof Operation.Wait) {
      running = false;
      streams.clear();
      return null;
    }
    if (operation instanceof Operation.Read read) {
      return expect(read.id(), Stream.READABLE);
    }
    Operation.Unsupported other = (Operation.Unsupported) operation;
    switch (other.type()) {
      case "write":
        return expect(other.id(), Stream.WRITABLE);
      case "connect":
        if (!"tcp".equals(other.protocolType())) {
          return "protocol " + other.protocolType() + " is not supported (only tcp)";
        }
        if (streams.containsKey(other.id())) {
          return "\"" + other.id() + "\" is already the name of a stream or connection";
        }
        streams.put(other.id(), Stream.SOCKET);
        return null;
      case "send":
      case "recv":
        return other.id() == null ? "an \"id\" is required" : expect(other.id(), Stream.SOCKET);
      default: // request, kill: need only the running guest
        return null;
    }
  }

  private String expect(String id, Stream kind) {
    Stream actual = streams.get(id);
    if (actual == null) {
      return "no stream or connection named \"" + id + "\" (there are " + streams.keySet() + ")";
    }
    if (actual != kind) {
      return "\"" + id + "\" is " + describe(actual) + ", not " + describe(kind);
    }
    return null;
  }

  private static String describe(Stream stream) {
    return switch (stream) {
      case READABLE -> "a readable stream";
      case WRITABLE -> "a writable stream";
      case SOCKET -> "a connection";
    };
  }
}
