package dev.wasi4j.conformance;

import java.util.List;

/** Follows a {@link SuiteRun} as it goes: backend after backend, test after test. */
public interface RunListener {
  /** The tests are about to run on {@code backend}. */
  default void backendStarted(Backend backend) {}

  /** A test has a result. */
  default void testFinished(TestResult result) {}

  /** Every selected test has run on {@code backend}; {@code results} are its results. */
  default void backendFinished(Backend backend, List<TestResult> results) {}
}
