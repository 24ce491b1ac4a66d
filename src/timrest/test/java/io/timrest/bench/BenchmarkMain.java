package io.timrest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ClientBenchmark} and prints calls/s of timrest and the raw OkHttp baseline and their
 * ratio for every (operation, threads) pair; writes the same table to {@code target/benchmark-results.md}.
 *
 * <p>Each (operation, threads) pair runs timrest and the baseline back to back, so that a noisy phase
 * of the machine hits both; with {@code rounds=2} or more the whole sweep repeats with the order of
 * the two reversed every round, and the scores are averaged. Arguments are {@code key=value}:
 * {@code rounds} (2), {@code threads} (1,4), {@code ops} (modifyGroupMsg,importGroupMsg),
 * {@code forks} (1), {@code warmups} (10), {@code warmupTime} (2, seconds), {@code iterations} (5),
 * {@code time} (2, seconds), {@code server} (jdk or mockwebserver), {@code prof} (a JMH profiler such
 * as gc or stack), {@code out} (target/benchmark-results.md).
 *
 * <p>Why 10 warm-up iterations and 2 rounds: on a busy 2-core machine the JIT competes with the
 * client and server threads for the cores; with 5 x 2 s of warm-up timrest's longer code path
 * (Retrofit, the adapters, validation) was still speeding up through the first measured
 * iterations at 4 threads, which measured warm-up, not throughput. A single back-to-back pair lets
 * a burst of load from elsewhere land on one side only, hence the rounds with the order reversed.
 */
public final class BenchmarkMain {
  private static final String BENCHMARK = ClientBenchmark.class.getName();

  private BenchmarkMain() {
  }

  public static void main(String[] args) throws RunnerException, IOException {
    Map<String, String> settings = parse(args);
    int rounds = Integer.parseInt(settings.getOrDefault("rounds", "2"));
    int[] threadCounts = Arrays.stream(settings.getOrDefault("threads", "1,4").split(","))
        .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    List<String> operations = List.of(settings.getOrDefault("ops", "modifyGroupMsg,importGroupMsg").split(","));
    String server = settings.getOrDefault("server", "jdk");
    Path out = Path.of(settings.getOrDefault("out", "target/benchmark-results.md"));

    Instant started = Instant.now();
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      List<String> order = round % 2 == 0
          ? List.of("Timrest", "Baseline", "BaselineJson")
          : List.of("BaselineJson", "Baseline", "Timrest");
      for (String operation : operations) {
        for (int threads : threadCounts) {
          Cell cell = cells.computeIfAbsent(operation + "/" + threads, key -> new Cell(operation, threads));
          for (String side : order) {
            RunResult result = run(settings, operation + side, threads);
            double score = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            cell.scores.get(side).add(new double[] {score, error});
          }
        }
      }
    }
    Duration elapsed = Duration.between(started, Instant.now());

    String table = table(cells.values(), settings, server, rounds, elapsed);
    System.out.println();
    System.out.println(table);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
    System.out.println("Written to " + out.toAbsolutePath());
  }

  private static RunResult run(Map<String, String> settings, String method, int threads) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + BENCHMARK.replace(".", "\\.") + "\\." + method + "$")
        .threads(threads)
        .forks(Integer.parseInt(settings.getOrDefault("forks", "1")))
        .warmupIterations(Integer.parseInt(settings.getOrDefault("warmups", "10")))
        .warmupTime(TimeValue.seconds(Long.parseLong(settings.getOrDefault("warmupTime", "2"))))
        .measurementIterations(Integer.parseInt(settings.getOrDefault("iterations", "5")))
        .measurementTime(TimeValue.seconds(Long.parseLong(settings.getOrDefault("time", "2"))))
        .timeUnit(TimeUnit.SECONDS)
        .param("server", settings.getOrDefault("server", "jdk"))
        .jvmArgsAppend("-Xms1g", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true")
        .shouldFailOnError(true);
    if (settings.containsKey("prof")) {
      options.addProfiler(settings.get("prof"));
    }
    return new Runner(options.build()).runSingle();
  }

  private static String table(Iterable<Cell> cells, Map<String, String> settings, String server, int rounds, Duration elapsed) {
    StringBuilder md = new StringBuilder();
    md.append("# timrest vs raw OkHttp: calls/s on loopback\n\n");
    md.append(String.format(Locale.ROOT,
        "JMH throughput; %s fork(s), %s x %s s warmup, %s x %s s measurement; %d round(s)%s; server: %s; "
            + "%d CPUs; Java %s; run time %d min %02d s.%n%n",
        settings.getOrDefault("forks", "1"), settings.getOrDefault("warmups", "10"), settings.getOrDefault("warmupTime", "2"),
        settings.getOrDefault("iterations", "5"), settings.getOrDefault("time", "2"), rounds,
        rounds > 1 ? " (order reversed each round, scores averaged)" : "", server,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        elapsed.toMinutes(), elapsed.toSecondsPart()));
    md.append("| operation | threads | timrest calls/s | raw OkHttp, pre-serialized | ratio | raw OkHttp + JSON | ratio |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Cell cell : cells) {
      double[] t = Cell.mean(cell.scores.get("Timrest"));
      double[] b = Cell.mean(cell.scores.get("Baseline"));
      double[] j = Cell.mean(cell.scores.get("BaselineJson"));
      md.append(String.format(Locale.ROOT, "| %s | %d | %,.0f ± %,.0f | %,.0f ± %,.0f | %.3f | %,.0f ± %,.0f | %.3f |%n",
          cell.operation, cell.threads, t[0], t[1], b[0], b[1], t[0] / b[0], j[0], j[1], t[0] / j[0]));
    }
    md.append("\nraw OkHttp, pre-serialized: the body serialized once before the run, the response read as a string.\n");
    md.append("raw OkHttp + JSON: the body serialized and the response read into the model on every call, with the same generated adapters.\n");
    md.append("± is JMH's 99.9% confidence half-width (mean of the rounds' half-widths).\n");
    return md.toString();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.isBlank()) {
        continue;
      }
      int eq = arg.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("arguments are key=value, got: " + arg);
      }
      settings.put(arg.substring(0, eq).trim(), arg.substring(eq + 1).trim());
    }
    return settings;
  }

  private static final class Cell {
    final String operation;
    final int threads;
    final Map<String, List<double[]>> scores = Map.of(
        "Timrest", new ArrayList<>(), "Baseline", new ArrayList<>(), "BaselineJson", new ArrayList<>());

    Cell(String operation, int threads) {
      this.operation = operation;
      this.threads = threads;
    }

    static double[] mean(List<double[]> scores) {
      double score = 0;
      double error = 0;
      for (double[] s : scores) {
        score += s[0];
        error += Double.isNaN(s[1]) ? 0 : s[1];
      }
      return new double[] {score / scores.size(), error / scores.size()};
    }
  }
}
