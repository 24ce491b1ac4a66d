package io.timrest.cli.bench;

import io.timrest.RateLimit;
import io.timrest.TimRestClient;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.SampleHistory;
import io.timrest.emulator.TimEmulator;
import io.timrest.migrate.Migration;
import io.timrest.migrate.MigrationListener;
import io.timrest.migrate.MigrationSummary;
import io.timrest.migrate.Outcome;
import io.timrest.migrate.RecordType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.OkHttpClient;

/**
 * Throughput at the cap: {@code timrest migrate}'s engine against an in-process emulator that
 * allows 200 calls/s per endpoint (fixed one-second windows, 60007 above) and adds a latency to
 * every call, with the client's {@link RateLimit#documented()} pacing and the default parallelism.
 * For every (latency, file order) it reports the {@code import_group_msg} calls/s that succeeded
 * over the steady part of the run, as a fraction of the 200/s cap, and how many calls the emulator
 * answered 60007.
 *
 * <p>The steady part: from {@code warmup} seconds after the first answered import_group_msg (the
 * account, group and member phases come before it; the warm-up also leaves out the moment when some
 * lanes still import members) to the moment the first group has all its messages (after that,
 * fewer lanes have work). Calls are counted by an OkHttp interceptor on the client: every attempt,
 * retries included, with the emulator's ErrorCode; the migration's listener gives a second count
 * (messages imported / 7).
 *
 * <p>Arguments, {@code key=value}: {@code latencies} (50,200 ms), {@code orders}
 * (grouped,interleaved), {@code groups} (100), {@code messages} per group (700), {@code members}
 * per group (5), {@code parallelism} ({@link Migration#DEFAULT_PARALLELISM}), {@code cap} (200,
 * the emulator's limit), {@code emulatorThreads} (128: the emulator sleeps its latency on a request
 * thread, so it needs cap x latency threads at least), {@code warmup} (3 s), {@code clientRate}
 * ({@code documented}, {@code off} or calls/s for every endpoint), {@code out}
 * (target/migrate-benchmark/throughput.md).
 *
 * <p>Columns besides the rate: the calls/s of the listener's count, the fewest and the median
 * successful calls in one whole second of the emulator's clock, the 60007 answers (of
 * import_group_msg, and of every endpoint over the whole run), the mean time of a call (sent to
 * answered, as the interceptor sees it) and the mean gap of a group (from the answer of one of its
 * calls to the sending of its next: the lane's own work, the wait for a worker and the pacer's
 * wait), and the range of the 1-minute load average during the run.
 */
final class ThroughputBenchmark {
  private static final String IMPORT_GROUP_MSG = "import_group_msg";
  private static final int MESSAGES_PER_CALL = 7;

  private ThroughputBenchmark() {
  }

  static void run(Map<String, String> settings) throws IOException {
    int[] latencies = ints(settings.getOrDefault("latencies", "50,200"));
    List<SampleHistory.Order> orders = new ArrayList<>();
    for (String order : settings.getOrDefault("orders", "grouped,interleaved").split(",")) {
      orders.add(SampleHistory.Order.valueOf(order.trim().toUpperCase(Locale.ROOT)));
    }
    int groups = Integer.parseInt(settings.getOrDefault("groups", "100"));
    int messages = Integer.parseInt(settings.getOrDefault("messages", "700"));
    int members = Integer.parseInt(settings.getOrDefault("members", "5"));
    int parallelism = Integer.parseInt(settings.getOrDefault("parallelism", String.valueOf(Migration.DEFAULT_PARALLELISM)));
    int cap = Integer.parseInt(settings.getOrDefault("cap", "200"));
    int emulatorThreads = Integer.parseInt(settings.getOrDefault("emulatorThreads", "128"));
    double warmup = Double.parseDouble(settings.getOrDefault("warmup", "3"));
    String clientRate = settings.getOrDefault("clientRate", "documented");
    Path out = Path.of(settings.getOrDefault("out", "target/migrate-benchmark/throughput.md"));
    Path dir = Files.createTempDirectory("timrest-throughput");

    StringBuilder table = new StringBuilder();
    table.append(String.format("Throughput at the cap: %d groups x %d messages (%d import_group_msg calls), %d members each,"
            + " parallelism %d, emulator cap %d calls/s per endpoint, client RateLimit.documented(), %s, %d cores, Java %s%n%n",
        groups, messages, groups * ((messages + MESSAGES_PER_CALL - 1) / MESSAGES_PER_CALL), members, parallelism, cap,
        Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
    table.append("| latency | file order | steady s | import_group_msg calls/s | of the cap | listener calls/s | per-second min / median | 60007 (import_group_msg / all) | mean call ms | mean gap ms | load avg |\n");
    table.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    System.out.print(table);
    for (int latency : latencies) {
      for (SampleHistory.Order order : orders) {
        Path input = dir.resolve("history-" + order.name().toLowerCase(Locale.ROOT) + ".jsonl");
        new SampleHistory(groups, messages, members, 0, 0, order, Instant.now()).write(input);
        String row = scenario(input, latency, order, groups, messages, parallelism, cap, emulatorThreads, warmup, clientRate, dir);
        System.out.println(row);
        table.append(row).append('\n');
        Files.deleteIfExists(input);
      }
    }
    BenchSupport.write(out, table.toString());
    System.out.println();
    System.out.println("written to " + out);
  }

  private static String scenario(Path input, int latency, SampleHistory.Order order, int groups, int messages,
      int parallelism, int cap, int emulatorThreads, double warmup, String clientRate, Path dir) throws IOException {
    CallLog log = new CallLog();
    long[] imported = new long[groups * messages + 16];
    int[] importedCount = new int[1];
    MigrationListener listener = new MigrationListener() {
      @Override
      public void recordDone(RecordType type, Outcome outcome, long done, long total) {
        if (type == RecordType.GROUP_MSG && outcome == Outcome.IMPORTED) {
          long now = System.nanoTime();
          synchronized (imported) {
            imported[importedCount[0]++] = now;
          }
        }
      }
    };
    MigrationSummary summary;
    BenchSupport.LoadSampler load = new BenchSupport.LoadSampler();
    try (TimEmulator emulator = TimEmulator.start(EmulatorConfig.builder()
            .rateLimitPerSecond(cap).latencyMillis(latency).threads(emulatorThreads).build());
        TimRestClient client = client(emulator, log, clientRate)) {
      Path checkpoint = dir.resolve("checkpoint");
      Path report = dir.resolve("report.jsonl");
      Files.deleteIfExists(checkpoint);
      summary = Migration.builder().client(client).input(input).checkpoint(checkpoint).report(report)
          .parallelism(parallelism).listener(listener).build().run();
    } finally {
      load.close();
    }
    if (summary.status() != MigrationSummary.Status.COMPLETE
        || summary.count(RecordType.GROUP_MSG, Outcome.IMPORTED) != (long) groups * messages) {
      throw new IllegalStateException("the migration did not import every message:\n" + summary);
    }

    List<CallLog.Attempt> attempts = log.attempts();
    List<CallLog.Attempt> ok = new ArrayList<>();
    long rateLimited = 0;
    long rateLimitedImports = 0;
    for (CallLog.Attempt attempt : attempts) {
      if (attempt.errorCode() == 60007) {
        rateLimited++;
        if (attempt.command().equals(IMPORT_GROUP_MSG)) {
          rateLimitedImports++;
        }
      }
      if (attempt.command().equals(IMPORT_GROUP_MSG) && attempt.ok()) {
        ok.add(attempt);
      }
    }
    ok.sort(Comparator.comparingLong(CallLog.Attempt::answeredNanos));
    int callsPerGroup = (messages + MESSAGES_PER_CALL - 1) / MESSAGES_PER_CALL;
    Map<String, Integer> perGroup = new HashMap<>();
    long firstGroupDone = Long.MAX_VALUE;
    for (CallLog.Attempt attempt : ok) {
      int calls = perGroup.merge(attempt.groupId(), 1, Integer::sum);
      if (calls == callsPerGroup) {
        firstGroupDone = Math.min(firstGroupDone, attempt.answeredNanos());
      }
    }
    long start = ok.get(0).answeredNanos() + (long) (warmup * 1e9);
    long end = Math.min(firstGroupDone, ok.get(ok.size() - 1).answeredNanos());
    if (end <= start) {
      throw new IllegalStateException("no steady part: make the run longer (messages=...)");
    }
    double seconds = (end - start) / 1e9;
    long inWindow = 0;
    long latencySum = 0;
    TreeMap<Long, Integer> perSecond = new TreeMap<>();
    long firstMillis = Long.MAX_VALUE;
    long lastMillis = Long.MIN_VALUE;
    for (CallLog.Attempt attempt : ok) {
      if (attempt.answeredNanos() >= start && attempt.answeredNanos() < end) {
        inWindow++;
        latencySum += attempt.answeredNanos() - attempt.sentNanos();
        perSecond.merge(attempt.answeredMillis() / 1000, 1, Integer::sum);
        firstMillis = Math.min(firstMillis, attempt.answeredMillis());
        lastMillis = Math.max(lastMillis, attempt.answeredMillis());
      }
    }
    // Whole emulator seconds only (the window's first and last seconds are partial).
    perSecond.remove(firstMillis / 1000);
    perSecond.remove(lastMillis / 1000);
    // A group's gap: from the answer of one of its calls to the sending of its next one (the lane's
    // own work, the wait for a worker and the pacer's wait), in the steady part.
    Map<String, Long> lastAnswer = new HashMap<>();
    List<CallLog.Attempt> bySent = new ArrayList<>(ok);
    bySent.sort(Comparator.comparingLong(CallLog.Attempt::sentNanos));
    long gapSum = 0;
    long gaps = 0;
    for (CallLog.Attempt attempt : bySent) {
      Long previous = lastAnswer.put(attempt.groupId(), attempt.answeredNanos());
      if (previous != null && attempt.sentNanos() >= start && attempt.sentNanos() < end) {
        gapSum += attempt.sentNanos() - previous;
        gaps++;
      }
    }
    int[] counts = perSecond.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    long messagesInWindow = 0;
    synchronized (imported) {
      for (int i = 0; i < importedCount[0]; i++) {
        if (imported[i] >= start && imported[i] < end) {
          messagesInWindow++;
        }
      }
    }
    double rate = inWindow / seconds;
    return String.format("| %d ms | %s | %.1f | %.1f | %.3f | %.1f | %s | %d / %d | %.1f | %.1f | %s |",
        latency, order.name().toLowerCase(Locale.ROOT), seconds, rate, rate / cap,
        messagesInWindow / (double) MESSAGES_PER_CALL / seconds,
        counts.length == 0 ? "-" : counts[0] + " / " + counts[counts.length / 2],
        rateLimitedImports, rateLimited, inWindow == 0 ? 0 : latencySum / 1e6 / inWindow, gaps == 0 ? 0 : gapSum / 1e6 / gaps, load.range());
  }

  /** A client of the emulator whose every attempt goes to {@code log}, paced as {@code clientRate} says. */
  private static TimRestClient client(TimEmulator emulator, CallLog log, String clientRate) {
    TimRestClient.Builder builder = emulator.clientBuilder()
        .okHttpClient(new OkHttpClient.Builder().addInterceptor(log).build());
    if (clientRate.equals("documented")) {
      builder.rateLimit(RateLimit.documented());
    } else if (!clientRate.equals("off")) {
      builder.rateLimit(RateLimit.perSecond(Double.parseDouble(clientRate)));
    }
    return builder.build();
  }

  private static int[] ints(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
  }

}
