package io.timrest.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A million messages in 128 MB: writes a history of {@code groups} x {@code messages} group
 * messages with {@code timrest sample-history}, then runs {@code timrest migrate} from the CLI jar
 * in a JVM of its own with {@code -Xmx128m}, twice: the validation pass ({@code --dry-run}) and a
 * full run against an emulator (the same jar, {@code timrest emulator --rate-limit 0}, in another
 * JVM, so that the messages it stores do not count). Reports records/s and the migrate JVM's heap
 * from its GC log ({@code -Xlog:gc}): the most used before a collection and the most left after
 * one. Halfway through the full run it takes a class histogram of the live objects ({@code jcmd
 * GC.class_histogram}, which collects first), whose total is the live heap at that moment.
 *
 * <p>Arguments, {@code key=value}: {@code groups} (1000), {@code messages} per group (1000),
 * {@code members} per group (5), {@code order} (grouped), {@code xmx} (128m), {@code rate} (the
 * client's calls/s per endpoint, {@code --rate}; default 100000, that is no pacing: the emulator
 * has no limit either), {@code parallel} (the CLI's default), {@code jar}
 * (target/timrest-cli.jar), {@code dir} (target/migrate-benchmark/million), {@code keep} (false:
 * the history file is deleted at the end), {@code out} (target/migrate-benchmark/million.md).
 */
final class MillionBenchmark {
  private static final Pattern GC_LINE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
  private static final Pattern DONE_LINE = Pattern.compile("migrate: (\\d+) of (\\d+) records");

  private MillionBenchmark() {
  }

  static void run(Map<String, String> settings) throws Exception {
    int groups = Integer.parseInt(settings.getOrDefault("groups", "1000"));
    int messages = Integer.parseInt(settings.getOrDefault("messages", "1000"));
    int members = Integer.parseInt(settings.getOrDefault("members", "5"));
    String order = settings.getOrDefault("order", "grouped");
    String xmx = settings.getOrDefault("xmx", "128m");
    String rate = settings.getOrDefault("rate", "100000");
    String parallel = settings.get("parallel");
    Path jar = Path.of(settings.getOrDefault("jar", "target/timrest-cli.jar")).toAbsolutePath();
    Path dir = Path.of(settings.getOrDefault("dir", "target/migrate-benchmark/million")).toAbsolutePath();
    boolean keep = Boolean.parseBoolean(settings.getOrDefault("keep", "false"));
    Path out = Path.of(settings.getOrDefault("out", "target/migrate-benchmark/million.md"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it first (mvn package)");
    }
    Files.createDirectories(dir);
    Path input = dir.resolve("history.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    StringBuilder report = new StringBuilder();
    report.append(String.format("A million messages: %d groups x %d messages, %d members each, %s order;"
            + " migrate in java -Xmx%s -jar %s; %s, %d cores, Java %s%n%n",
        groups, messages, members, order, xmx, jar.getFileName(), Instant.now(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));

    // The file.
    long t0 = System.nanoTime();
    if (!Files.isRegularFile(input) || !keep) {
      Process sample = new ProcessBuilder(java, "-jar", jar.toString(), "sample-history", "--output", input.toString(),
          "--groups", String.valueOf(groups), "--messages", String.valueOf(messages), "--members", String.valueOf(members),
          "--c2c", "0", "--c2c-messages", "0", "--order", order).inheritIO().start();
      if (sample.waitFor() != 0) {
        throw new IllegalStateException("sample-history failed");
      }
    }
    long lines;
    try (var stream = Files.lines(input)) {
      lines = stream.count();
    }
    report.append(String.format("history file: %,d records, %,d bytes, written in %.1f s%n%n",
        lines, Files.size(input), (System.nanoTime() - t0) / 1e9));
    report.append("| pass | wall s | records/s | group messages/s | peak heap used (before a GC) | most left after a GC | GCs | load avg | result |\n");
    report.append("|---|---:|---:|---:|---:|---:|---:|---|---|\n");
    System.out.print(report);

    // (a) The validation pass.
    Path gcValidate = dir.resolve("gc-validate.log");
    List<String> validate = migrateCommand(java, jar, xmx, gcValidate, input, dir);
    validate.add("--dry-run");
    Run dry = runMigrate(validate, null, null);
    String rowA = row("validate (--dry-run)", dry, lines, (long) groups * messages, gcValidate);
    System.out.println(rowA);
    report.append(rowA).append('\n');

    // (b) The full run, against an emulator in another JVM.
    Process emulator = new ProcessBuilder(java, "-jar", jar.toString(), "emulator", "--port", "0", "--rate-limit", "0")
        .redirectErrorStream(true).start();
    String histogram = "";
    try {
      BufferedReader emulatorOut = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
      String url = null;
      String keyFile = null;
      String sdkAppId = null;
      String admin = null;
      for (String line; (line = emulatorOut.readLine()) != null; ) {
        if (line.startsWith("listening on ")) {
          url = line.substring("listening on ".length()) + "/";
        } else if (line.startsWith("secret key file: ")) {
          keyFile = line.substring("secret key file: ".length());
        } else if (line.startsWith("SDKAppID: ")) {
          sdkAppId = line.substring("SDKAppID: ".length());
        } else if (line.startsWith("admin identifier: ")) {
          admin = line.substring("admin identifier: ".length());
        } else if (line.startsWith("stop it with")) {
          break;
        }
      }
      if (url == null || keyFile == null) {
        throw new IllegalStateException("the emulator did not start");
      }
      Thread drain = new Thread(() -> emulatorOut.lines().forEach(l -> { }), "emulator-output");
      drain.setDaemon(true);
      drain.start();
      Path gcRun = dir.resolve("gc-run.log");
      Path checkpoint = dir.resolve("history.checkpoint");
      Files.deleteIfExists(checkpoint);
      List<String> full = migrateCommand(java, jar, xmx, gcRun, input, dir);
      full.addAll(List.of("--checkpoint", checkpoint.toString(), "--rate", rate,
          "--base-url", url, "--sdkappid", sdkAppId, "--identifier", admin, "--secret-key-file", keyFile));
      if (parallel != null) {
        full.addAll(List.of("--parallel", parallel));
      }
      AtomicReference<String> histogramText = new AtomicReference<>("");
      long half = lines / 2;
      Run run = runMigrate(full, half, pid -> histogramText.set(histogram(pid)));
      String rowB = row("full run", run, lines, (long) groups * messages, gcRun);
      System.out.println(rowB);
      report.append(rowB).append('\n');
      histogram = histogramText.get();
    } finally {
      emulator.destroy();
      emulator.waitFor(10, TimeUnit.SECONDS);
    }
    report.append("\nrecords/s of the full run: over the import, from the line \"records to import\" (the end of its"
        + " validation) to the exit; wall s: the whole process, JVM start and validation included.\n");
    if (!histogram.isEmpty()) {
      report.append("\nHalfway through the full run, jcmd GC.class_histogram (live objects, after a full GC), top 12:\n\n```\n")
          .append(histogram).append("```\n");
    }
    System.out.println();
    System.out.println(report.substring(report.indexOf("records/s of the full run")));
    BenchSupport.write(out, report.toString());
    System.out.println("written to " + out);
    if (!keep) {
      Files.deleteIfExists(input);
    }
  }

  private static List<String> migrateCommand(String java, Path jar, String xmx, Path gcLog, Path input, Path dir) {
    return new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Xlog:gc:file=" + gcLog + ":uptime:filecount=0",
        "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + dir,
        "-jar", jar.toString(), "migrate", "--input", input.toString(), "--report", dir.resolve("report.jsonl").toString()));
  }

  /** What one migrate process did. */
  record Run(double wallSeconds, double importSeconds, int exitCode, String lastOutput, String load) {
  }

  /**
   * Runs a migrate command, reading its progress lines (standard error, one every 5 s without a
   * terminal); calls {@code atHalf} with its pid once a progress line says {@code half} records are done.
   */
  private static Run runMigrate(List<String> command, Long half, Consumer<Long> atHalf) throws Exception {
    BenchSupport.LoadSampler load = new BenchSupport.LoadSampler();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    AtomicLong importStart = new AtomicLong();
    StringBuilder output = new StringBuilder();
    boolean halfTaken = false;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        System.out.println("  " + line);
        output.append(line).append('\n');
        if (line.contains("records to import")) {
          importStart.set(System.nanoTime());
        }
        Matcher done = DONE_LINE.matcher(line);
        if (half != null && !halfTaken && done.find() && Long.parseLong(done.group(1)) >= half) {
          halfTaken = true;
          atHalf.accept(process.pid());
        }
      }
    }
    int exit = process.waitFor();
    long end = System.nanoTime();
    load.close();
    double importSeconds = importStart.get() == 0 ? Double.NaN : (end - importStart.get()) / 1e9;
    String[] outputLines = output.toString().split("\n");
    String last = outputLines.length == 0 ? "" : outputLines[outputLines.length - 1];
    return new Run((end - start) / 1e9, importSeconds, exit, last + " (exit " + exit + ")", load.range());
  }

  private static String row(String pass, Run run, long records, long groupMessages, Path gcLog) throws IOException {
    long maxBefore = 0;
    long maxAfter = 0;
    long maxCommitted = 0;
    int collections = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_LINE.matcher(line);
      if (m.find()) {
        // Every line with a heap figure says how much was in use; only pauses that collect
        // ("Pause Young", "Pause Full"; not G1's Remark and Cleanup) say what was left.
        maxBefore = Math.max(maxBefore, kib(m.group(1), m.group(2)));
        maxCommitted = Math.max(maxCommitted, kib(m.group(5), m.group(6)));
        if (line.contains("Pause Young") || line.contains("Pause Full")) {
          collections++;
          maxAfter = Math.max(maxAfter, kib(m.group(3), m.group(4)));
        }
      }
    }
    double seconds = Double.isNaN(run.importSeconds()) ? run.wallSeconds() : run.importSeconds();
    return String.format("| %s | %.1f | %,.0f | %,.0f | %d MB (heap %d MB) | %d MB | %d | %s | %s |",
        pass, run.wallSeconds(), records / seconds, groupMessages / seconds, maxBefore / 1024, maxCommitted / 1024,
        maxAfter / 1024, collections, run.load(), run.exitCode() == 0 ? "ok" : run.lastOutput());
  }

  private static long kib(String value, String unit) {
    long v = Long.parseLong(value);
    switch (unit) {
      case "K":
        return v;
      case "M":
        return v * 1024;
      default:
        return v * 1024 * 1024;
    }
  }

  /** The top of the live-object histogram of process {@code pid}. */
  private static String histogram(long pid) {
    try {
      String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
      Process process = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
      List<String> lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
          .lines().toList();
      process.waitFor();
      StringBuilder top = new StringBuilder();
      int shown = 0;
      for (String line : lines) {
        if (line.startsWith(" num") || line.startsWith("---") || (line.matches("\\s*\\d+:.*") && shown++ < 12)
            || line.startsWith("Total")) {
          top.append(line).append('\n');
        }
      }
      return top.toString();
    } catch (IOException | InterruptedException e) {
      return "jcmd failed: " + e + "\n";
    }
  }
}
