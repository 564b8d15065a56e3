package dev.wasi4j.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON settings shared by manifests, specs and reports, and how JSON errors are told. */
final class Json {
  /**
   * Strict about types (a quoted number is not a number, a number is not a string) and duplicate
   * keys, lenient about unknown
   * keys: the official runner only warns about those, and newer suites add keys.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .withCoercionConfig(
              LogicalType.Textual,
              config ->
                  config
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  private Json() {}

  /** {@code text} as a JSON string literal, quotes included: how reports show guest output. */
  static String quote(String text) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
  }

  /**
   * Jackson's message without its source excerpt: for a syntax error with the line and column, for
   * a type mismatch prefixed with the path of the offending value (e.g. {@code args[1]}).
   */
  static String describe(JsonProcessingException e) {
    return describe("", e);
  }

  /** As {@link #describe(JsonProcessingException)}, for a value found at {@code where}. */
  static String describe(String where, JsonProcessingException e) {
    StringBuilder message = new StringBuilder(where);
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      path(mapping, message);
    }
    if (message.length() > 0) {
      message.append(": ");
    }
    message.append(e.getOriginalMessage());
    if (e instanceof StreamReadException && e.getLocation() != null) {
      message
          .append(" (line ")
          .append(e.getLocation().getLineNr())
          .append(", column ")
          .append(e.getLocation().getColumnNr())
          .append(')');
    }
    return message.toString();
  }

  private static void path(JsonMappingException e, StringBuilder path) {
    for (JsonMappingException.Reference step : e.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
  }
}
