package dev.wasi4j.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * A suite's {@code manifest.json}: {@code {"name": ..., "version": ...}}, both optional. Like the
 * official runner, any other key is an error, since it would be an option this runner ignores.
 */
record Manifest(Optional<String> name, Optional<String> version) {
  static final String FILE = "manifest.json";

  static Manifest read(Path suiteDirectory) {
    Path file = suiteDirectory.resolve(FILE);
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new InvalidTestSuiteException(file + " is not valid JSON: " + Json.describe(e), e);
    } catch (IOException e) {
      throw new InvalidTestSuiteException("cannot read " + file + ": " + e, e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidTestSuiteException(file + " must hold a JSON object");
    }
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("name") && !key.equals("version")) {
        throw new InvalidTestSuiteException(file + " has an unknown key \"" + key + "\"");
      }
    }
    return new Manifest(text(root, "name", file), text(root, "version", file));
  }

  private static Optional<String> text(JsonNode root, String key, Path file) {
    JsonNode value = root.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new InvalidTestSuiteException(file + ": \"" + key + "\" must be a string, got " + value);
    }
    return Optional.of(value.asText());
  }
}
