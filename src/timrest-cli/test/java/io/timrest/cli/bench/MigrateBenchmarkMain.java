package io.timrest.cli.bench;

import java.util.Arrays;
import java.util.Map;

/**
 * The benchmarks of {@code timrest migrate} (not tests; never part of {@code mvn verify}): run by
 * the {@code migrate-bench} profile of this module. The first argument names the benchmark:
 * {@code throughput} ({@link ThroughputBenchmark}) or {@code million} ({@link MillionBenchmark});
 * the others are its {@code key=value} settings.
 */
public final class MigrateBenchmarkMain {
  private MigrateBenchmarkMain() {
  }

  public static void main(String[] args) throws Exception {
    String[] words = String.join(" ", args).trim().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      throw new IllegalArgumentException("name a benchmark: throughput or million");
    }
    Map<String, String> settings = BenchSupport.parse(Arrays.copyOfRange(words, 1, words.length));
    switch (words[0]) {
      case "throughput":
        ThroughputBenchmark.run(settings);
        break;
      case "million":
        MillionBenchmark.run(settings);
        break;
      default:
        throw new IllegalArgumentException("unknown benchmark " + words[0] + ": throughput or million");
    }
    System.exit(0);
  }
}
