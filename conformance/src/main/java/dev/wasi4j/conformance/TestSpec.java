package dev.wasi4j.conformance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A test's spec in the operation-based form (a legacy spec is converted to it).
 *
 * @param proposals the WASI proposals the test needs ({@code http}, {@code sockets})
 * @param world the WASI world the module targets
 * @param operations the steps, in order
 */
record TestSpec(List<String> proposals, String world, List<Operation> operations) {
  static final String COMMAND_WORLD = "wasi:cli/command";

  /** The spec of a test without a {@code .json}: run with nothing, expect exit code 0. */
  static final TestSpec DEFAULT =
      new TestSpec(List.of(), COMMAND_WORLD, List.of(Operation.Run.DEFAULT, Operation.Wait.DEFAULT));

  TestSpec {
    proposals = List.copyOf(proposals);
    operations = List.copyOf(operations);
  }

  /** Why this runner cannot execute the test, when it cannot: it is then skipped, not failed. */
  Optional<String> unsupported() {
    List<String> reasons = new ArrayList<>();
    if (!proposals.isEmpty()) {
      reasons.add(
          "requires the WASI proposal(s) "
              + String.join(", ", proposals)
              + ", which wasi4j (preview 1 only) does not implement");
    }
    if (!world.equals(COMMAND_WORLD)) {
      reasons.add("targets the world " + world + "; only " + COMMAND_WORLD + " modules can run");
    }
    Set<String> unsupported = new LinkedHashSet<>();
    for (Operation operation : operations) {
      if (operation instanceof Operation.Unsupported) {
        unsupported.add(operation.type());
      }
    }
    if (!unsupported.isEmpty()) {
      reasons.add(
          "uses the operation(s) "
              + String.join(", ", unsupported)
              + ", which this runner does not perform (it runs, reads stdout/stderr and waits)");
    }
    return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
  }
}
