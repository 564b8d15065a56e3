package dev.wasi4j.conformance;

/**
 * Consecutive reads of one captured stream, as the official runner performs a {@code read}: it
 * takes as many characters (code points, like Python's {@code str}) as the expected payload has,
 * from where the previous read of that stream stopped, and compares them. Output beyond what the
 * reads take is never compared.
 */
final class StreamCursor {
  private final String text;
  private int position;

  StreamCursor(String text) {
    this.text = text;
  }

  /** The next {@code codePoints} characters, fewer at the end of the stream. */
  String next(int codePoints) {
    int available = text.codePointCount(position, text.length());
    int end = text.offsetByCodePoints(position, Math.min(codePoints, available));
    String taken = text.substring(position, end);
    position = end;
    return taken;
  }

  /** The whole stream, for failure reports. */
  String text() {
    return text;
  }
}
