package dev.wasi4j.conformance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a test's {@code .json} spec in either form of the wasi-testsuite format, and validates it.
 *
 * <p>The legacy form ({@code args}, {@code env}, {@code root}, {@code dirs}, {@code exit_code},
 * {@code stdout}, {@code stderr}) becomes, as in the official runner: a run, a read of stdout if
 * {@code stdout} is given, a read of stderr if {@code stderr} is given, and a wait. A spec is in the
 * operation-based form when it has {@code operations}, {@code proposals} or {@code world}; mixing
 * the two forms is an error. A missing file is the default spec.
 */
final class SpecReader {
  private static final Set<String> LEGACY_KEYS =
      Set.of("args", "env", "root", "dirs", "exit_code", "stdout", "stderr");
  private static final Set<String> OPERATION_KEYS = Set.of("operations", "proposals", "world");
  private static final Set<String> PROPOSALS = Set.of("http", "sockets");
  private static final Set<String> WORLDS = Set.of(TestSpec.COMMAND_WORLD, "wasi:http/service");
  private static final Map<String, Class<? extends Operation>> OPERATIONS =
      Map.of(
          "run", Operation.Run.class,
          "read", Operation.Read.class,
          "wait", Operation.Wait.class,
          "write", Operation.Unsupported.class,
          "connect", Operation.Unsupported.class,
          "send", Operation.Unsupported.class,
          "recv", Operation.Unsupported.class,
          "request", Operation.Unsupported.class,
          "kill", Operation.Unsupported.class);

  private SpecReader() {}

  /** The test's spec, validated. */
  static TestSpec read(TestCase test) throws InvalidSpecException {
    Path file = test.specFile();
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      return TestSpec.DEFAULT;
    } catch (IOException e) {
      throw new InvalidSpecException("cannot read " + file.getFileName() + ": " + e, e);
    }
    try {
      TestSpec spec = parse(Json.MAPPER.readTree(text));
      SpecValidator.validate(spec);
      return spec;
    } catch (JsonProcessingException e) {
      throw new InvalidSpecException(file.getFileName() + ": " + Json.describe(e), e);
    } catch (InvalidSpecException e) {
      throw new InvalidSpecException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private static TestSpec parse(JsonNode root) throws InvalidSpecException, JsonProcessingException {
    if (root == null || !root.isObject()) {
      throw new InvalidSpecException("a spec must be a JSON object");
    }
    Set<String> legacy = new TreeSet<>();
    Set<String> operationBased = new TreeSet<>();
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (LEGACY_KEYS.contains(key)) {
        legacy.add(key);
      } else if (OPERATION_KEYS.contains(key)) {
        operationBased.add(key);
      }
    }
    if (!legacy.isEmpty() && !operationBased.isEmpty()) {
      throw new InvalidSpecException(
          "mixes the legacy keys "
              + legacy
              + " with the operation-based keys "
              + operationBased
              + "; use one form");
    }
    return operationBased.isEmpty() ? legacy(root) : operationBased(root);
  }

  /** The legacy form's keys; {@code stdout} and {@code stderr} are checked only when present. */
  private record Legacy(
      List<String> args,
      Map<String, String> env,
      String root,
      List<String> dirs,
      @JsonProperty("exit_code") Long exitCode,
      String stdout,
      String stderr) {}

  private static TestSpec legacy(JsonNode root) throws JsonProcessingException {
    Legacy spec = Json.MAPPER.treeToValue(root, Legacy.class);
    List<Operation> operations = new ArrayList<>();
    operations.add(new Operation.Run(spec.args(), spec.env(), spec.root(), spec.dirs()));
    if (spec.stdout() != null) {
      operations.add(new Operation.Read("stdout", spec.stdout()));
    }
    if (spec.stderr() != null) {
      operations.add(new Operation.Read("stderr", spec.stderr()));
    }
    operations.add(new Operation.Wait(spec.exitCode()));
    return new TestSpec(List.of(), TestSpec.COMMAND_WORLD, operations);
  }

  private static TestSpec operationBased(JsonNode root)
      throws InvalidSpecException, JsonProcessingException {
    List<String> proposals = new ArrayList<>();
    JsonNode proposalNodes = root.path("proposals");
    if (!proposalNodes.isMissingNode() && !proposalNodes.isNull()) {
      if (!proposalNodes.isArray()) {
        throw new InvalidSpecException("\"proposals\" must be an array, got " + proposalNodes);
      }
      for (JsonNode proposal : proposalNodes) {
        if (!proposal.isTextual() || !PROPOSALS.contains(proposal.asText())) {
          throw new InvalidSpecException(
              "unknown proposal " + proposal + " (the format knows " + new TreeSet<>(PROPOSALS) + ")");
        }
        proposals.add(proposal.asText());
      }
    }
    String world = TestSpec.COMMAND_WORLD;
    JsonNode worldNode = root.path("world");
    if (!worldNode.isMissingNode() && !worldNode.isNull()) {
      if (!worldNode.isTextual() || !WORLDS.contains(worldNode.asText())) {
        throw new InvalidSpecException(
            "unknown world " + worldNode + " (the format knows " + new TreeSet<>(WORLDS) + ")");
      }
      world = worldNode.asText();
    }
    return new TestSpec(proposals, world, operations(root.path("operations")));
  }

  private static List<Operation> operations(JsonNode nodes)
      throws InvalidSpecException, JsonProcessingException {
    if (nodes.isMissingNode() || nodes.isNull() || nodes.isArray() && nodes.isEmpty()) {
      // The format's default when no operations are given.
      return TestSpec.DEFAULT.operations();
    }
    if (!nodes.isArray()) {
      throw new InvalidSpecException("\"operations\" must be an array, got " + nodes);
    }
    List<Operation> operations = new ArrayList<>();
    for (JsonNode node : nodes) {
      String where = "operations[" + operations.size() + "]";
      if (!node.isObject()) {
        throw new InvalidSpecException(where + " must be an object, got " + node);
      }
      JsonNode type = node.path("type");
      Class<? extends Operation> kind = type.isTextual() ? OPERATIONS.get(type.asText()) : null;
      if (kind == null) {
        throw new InvalidSpecException(
            where
                + " has "
                + (type.isMissingNode() ? "no \"type\"" : "the unknown type " + type)
                + " (the format knows "
                + new TreeSet<>(OPERATIONS.keySet())
                + ")");
      }
      try {
        operations.add(Json.MAPPER.treeToValue(node, kind));
      } catch (JsonProcessingException e) {
        throw new InvalidSpecException(Json.describe(where, e), e);
      }
    }
    return operations;
  }
}
