package dev.wasi4j.conformance;

import java.util.ArrayList;
import java.util.List;

/** Runs the selected tests of some suites on some backends: backend after backend, in order. */
public final class SuiteRun {
  private SuiteRun() {}

  /** The tests of {@code suites} that {@code filter} selects, suite after suite. */
  public static List<TestCase> select(List<TestSuite> suites, TestFilter filter) {
    List<TestCase> tests = new ArrayList<>();
    for (TestSuite suite : suites) {
      suite.tests().stream().filter(filter).forEach(tests::add);
    }
    return tests;
  }

  /**
   * Runs {@code tests} on each of {@code backends}, in the order given, telling {@code listener} as
   * it goes.
   *
   * @return every result, backend after backend
   */
  public static List<TestResult> run(
      TestRunner runner, List<TestCase> tests, List<Backend> backends, RunListener listener) {
    List<TestResult> all = new ArrayList<>();
    for (Backend backend : backends) {
      listener.backendStarted(backend);
      List<TestResult> results = new ArrayList<>();
      for (TestCase test : tests) {
        TestResult result = runner.run(test, backend);
        results.add(result);
        listener.testFinished(result);
      }
      listener.backendFinished(backend, results);
      all.addAll(results);
    }
    return all;
  }
}
