package dev.wasi4j.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark's result divided by the operations of a run: mean time, the standard deviation of
 * the measured iterations (NaN with one), and bytes allocated by the measured runs.
 */
record PerOperation(double nanos, double deviationNanos, double allocatedBytes) {

  static PerOperation of(RunResult result, int operations) {
    Result<?> primary = result.getPrimaryResult();
    double nanosPerRun = TimeUnit.NANOSECONDS.convert(1, result.getParams().getTimeUnit());
    double bytes = result.getSecondaryResults().get("allocatedBytes").getScore();
    double runs = result.getSecondaryResults().get("runs").getScore();
    return new PerOperation(
        primary.getScore() * nanosPerRun / operations,
        primary.getStatistics().getStandardDeviation() * nanosPerRun / operations,
        runs > 0 ? bytes / runs / operations : Double.NaN);
  }
}
