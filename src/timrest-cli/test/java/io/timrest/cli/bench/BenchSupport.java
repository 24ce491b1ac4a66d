package io.timrest.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What both migration benchmarks share: key=value arguments, the machine's load, the results file. */
final class BenchSupport {
  private BenchSupport() {
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String arg : args) {
      for (String token : arg.trim().split("\\s+")) {
        if (token.isEmpty()) {
          continue;
        }
        int eq = token.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("arguments are key=value, not " + token);
        }
        settings.put(token.substring(0, eq), token.substring(eq + 1));
      }
    }
    return settings;
  }

  /** The 1-minute load average, from /proc/loadavg; NaN where there is none. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  static void write(Path out, String text) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, text, StandardCharsets.UTF_8);
  }

  /** Samples the 1-minute load average every second on a daemon thread; min and max of the samples. */
  static final class LoadSampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    LoadSampler() {
      sample();
      thread = new Thread(() -> {
        while (running) {
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            return;
          }
          sample();
        }
      }, "load-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    private synchronized void sample() {
      double load = loadAverage();
      if (!Double.isNaN(load)) {
        min = Math.min(min, load);
        max = Math.max(max, load);
      }
    }

    synchronized String range() {
      return min > max ? "?" : String.format("%.1f–%.1f", min, max);
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
      sample();
    }
  }
}
