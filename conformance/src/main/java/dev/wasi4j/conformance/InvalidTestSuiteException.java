package dev.wasi4j.conformance;

/**
 * The path given as a test suite is not one: it does not exist, holds no {@code manifest.json}
 * where the wasi-testsuite layout puts one, holds no {@code wasm32-wasip1} suite, or its manifest
 * is malformed. The message names the path and what is wrong with it.
 */
public final class InvalidTestSuiteException extends IllegalArgumentException {
  InvalidTestSuiteException(String message) {
    super(message);
  }

  InvalidTestSuiteException(String message, Throwable cause) {
    super(message, cause);
  }
}
