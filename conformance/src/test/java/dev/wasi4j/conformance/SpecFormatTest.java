package dev.wasi4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specs the runner must not run: invalid ones fail with the rule they break, ones needing what the
 * runner lacks are skipped with the reason. Each is put beside a real guest (no_spec_defaults,
 * which passes when run with the defaults), so a spec wrongly accepted would be run and pass.
 */
class SpecFormatTest {
  private static final TestRunner RUNNER = new TestRunner(Engine.INTERPRETER, Duration.ofSeconds(30));

  @TempDir Path top;

  private TestResult runWithSpec(String spec) {
    Path suite = SuiteCopy.runnerFormat(top);
    SuiteCopy.writeSpec(suite, "no_spec_defaults", spec);
    return RUNNER.run(SuiteCopy.test(suite, "no_spec_defaults"), Backend.NIO);
  }

  static Stream<Arguments> invalidSpecs() {
    return Stream.of(
        Arguments.of("{", "no_spec_defaults.json: Unexpected end-of-input"),
        Arguments.of("[]", "a spec must be a JSON object"),
        Arguments.of("{\"a\": 1, \"a\": 2}", "Duplicate field 'a'"),
        Arguments.of(
            "{\"args\": [], \"operations\": [{\"type\": \"run\"}, {\"type\": \"wait\"}]}",
            "mixes the legacy keys [args] with the operation-based keys [operations]"),
        Arguments.of("{\"exit_code\": \"3\"}", "exit_code: "),
        Arguments.of("{\"args\": \"a b\"}", "args: "),
        Arguments.of("{\"proposals\": [\"threads\"]}", "unknown proposal \"threads\""),
        Arguments.of("{\"world\": \"wasi:cli/reactor\"}", "unknown world \"wasi:cli/reactor\""),
        Arguments.of("{\"operations\": {\"type\": \"run\"}}", "\"operations\" must be an array"),
        Arguments.of("{\"operations\": [{\"args\": []}]}", "operations[0] has no \"type\""),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"jump\"}, {\"type\": \"wait\"}]}",
            "operations[1] has the unknown type \"jump\""),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\", \"args\": [1]}, {\"type\": \"wait\"}]}",
            "operations[0].args[0]: "),
        Arguments.of(
            "{\"operations\": [{\"type\": \"read\"}, {\"type\": \"run\"}, {\"type\": \"wait\"}]}",
            "operations[0] (read): no guest is running"),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}]}", "a run is not followed by a wait"),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"run\"}, {\"type\": \"wait\"}]}",
            "operations[1] (run): the guest of the previous run is still running"),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"wait\"}, {\"type\": \"wait\"}]}",
            "operations[2] (wait): no guest is running"),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"read\", \"id\": \"stdin\"}, {\"type\": \"wait\"}]}",
            "operations[1] (read): \"stdin\" is a writable stream, not a readable stream"),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"read\", \"id\": \"log\"}, {\"type\": \"wait\"}]}",
            "no stream or connection named \"log\""),
        // Validated before skipping: a test that would be skipped still needs a valid spec.
        Arguments.of(
            "{\"proposals\": [\"sockets\"], \"operations\": [{\"type\": \"run\"}, {\"type\": \"send\", \"id\": \"server\"}, {\"type\": \"wait\"}]}",
            "operations[1] (send): no stream or connection named \"server\""),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"recv\"}, {\"type\": \"wait\"}]}",
            "operations[1] (recv): an \"id\" is required"),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"connect\"}, {\"type\": \"connect\"}, {\"type\": \"wait\"}]}",
            "operations[2] (connect): \"server\" is already the name"),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"connect\", \"protocol_type\": \"udp\"}, {\"type\": \"wait\"}]}",
            "protocol udp is not supported"));
  }

  @ParameterizedTest
  @MethodSource("invalidSpecs")
  void invalidSpecFails(String spec, String reason) {
    TestResult result = runWithSpec(spec);
    assertEquals(TestResult.Status.FAILED, result.status(), result::reason);
    assertTrue(result.reason().startsWith("invalid spec: no_spec_defaults.json: "), result.reason());
    assertTrue(result.reason().contains(reason), () -> "no \"" + reason + "\" in: " + result.reason());
  }

  static Stream<Arguments> unsupportedSpecs() {
    return Stream.of(
        Arguments.of("{\"proposals\": [\"http\"]}", "requires the WASI proposal(s) http"),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"write\", \"id\": \"stdin\", \"payload\": \"x\"}, {\"type\": \"wait\"}]}",
            "uses the operation(s) write"),
        Arguments.of(
            "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"kill\"}, {\"type\": \"wait\"}]}",
            "uses the operation(s) kill"),
        Arguments.of("{\"world\": \"wasi:http/service\"}", "targets the world wasi:http/service"));
  }

  @ParameterizedTest
  @MethodSource("unsupportedSpecs")
  void unsupportedSpecIsSkipped(String spec, String reason) {
    TestResult result = runWithSpec(spec);
    assertEquals(TestResult.Status.SKIPPED, result.status(), result::reason);
    assertTrue(result.reason().contains(reason), () -> "no \"" + reason + "\" in: " + result.reason());
  }

  /** Empty and absent parts take the format's defaults: run with nothing, expect exit code 0. */
  @ParameterizedTest
  @MethodSource("defaultSpecs")
  void defaultsApply(String spec) {
    TestResult result = runWithSpec(spec);
    assertEquals(TestResult.Status.PASSED, result.status(), result::reason);
  }

  static Stream<String> defaultSpecs() {
    return Stream.of(
        "{}",
        "{\"operations\": []}",
        "{\"proposals\": []}",
        "{\"args\": null, \"env\": null, \"stdout\": null, \"unknown key\": true}",
        "{\"operations\": [{\"type\": \"run\"}, {\"type\": \"read\"}, {\"type\": \"wait\"}]}");
  }
}
