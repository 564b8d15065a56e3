package dev.wasi4j.conformance;

import com.dylibso.chicory.wasm.ChicoryException;
import dev.wasi4j.WasiTrapException;

/** How a failed test's reason shows guest output and exceptions: short, on one line each. */
final class Reasons {
  /** How much of an expected or actual payload a reason quotes. */
  static final int EXCERPT = 300;

  private Reasons() {}

  /** The start of {@code text}, JSON-quoted, with a note of how much was left out. */
  static String head(String text) {
    if (text.length() <= EXCERPT) {
      return Json.quote(text);
    }
    return Json.quote(text.substring(0, EXCERPT)) + "... (" + (text.length() - EXCERPT) + " more chars)";
  }

  /** The end of {@code text}, JSON-quoted: where a failing guest prints its last words. */
  static String tail(String text) {
    if (text.length() <= EXCERPT) {
      return Json.quote(text);
    }
    return "(" + (text.length() - EXCERPT) + " chars before) ..." + Json.quote(text.substring(text.length() - EXCERPT));
  }

  /**
   * A trap as its message; any other exception (a failure of the host, not of the guest) with its
   * class, root cause and the frame that threw, to find the bug from the report alone.
   */
  static String describe(Throwable failure) {
    boolean trap = failure instanceof WasiTrapException;
    StringBuilder text = new StringBuilder(trap ? failure.getMessage() : failure.toString());
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != failure && !(trap && root instanceof ChicoryException)) {
      text.append(" (caused by ").append(root).append(')');
    }
    if (!trap && root.getStackTrace().length > 0) {
      text.append(" at ").append(root.getStackTrace()[0]);
    }
    return text.toString();
  }
}
