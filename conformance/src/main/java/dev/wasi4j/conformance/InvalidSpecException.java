package dev.wasi4j.conformance;

/** A test's {@code .json} spec cannot be read, is malformed, or breaks the format's rules. */
final class InvalidSpecException extends Exception {
  InvalidSpecException(String message) {
    super(message);
  }

  InvalidSpecException(String message, Throwable cause) {
    super(message, cause);
  }
}
