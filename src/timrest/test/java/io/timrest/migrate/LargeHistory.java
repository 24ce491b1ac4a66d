package io.timrest.migrate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A large history file, and a {@code main} that validates one in a JVM of its own (so that its
 * heap limit is the test's) and prints what it took:
 * {@code records=… seconds=… recordsPerSecond=… retainedMiB=… peakMiB=… problems=… groupMessages=…}.
 */
final class LargeHistory {
  private LargeHistory() {
  }

  /**
   * Writes {@code accounts} accounts, {@code groups} groups of ten members each, then
   * {@code messages} group messages interleaved over all groups (every group is open at once,
   * the hardest order for memory), each with a text body of 20 to 120 characters.
   */
  static void write(Path file, int accounts, int groups, int messages) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int a = 0; a < accounts; a++) {
        out.write("{\"type\":\"account\",\"UserID\":\"user" + a + "\",\"Nick\":\"User " + a + "\"}\n");
      }
      for (int g = 0; g < groups; g++) {
        out.write("{\"type\":\"group\",\"GroupId\":\"channel-" + g + "\",\"Type\":\"Public\",\"Name\":\"Channel " + g
            + "\",\"Owner_Account\":\"user" + (g % accounts) + "\",\"CreateTime\":1600000000}\n");
        for (int m = 1; m <= 10; m++) {
          out.write("{\"type\":\"member\",\"GroupId\":\"channel-" + g + "\",\"Member_Account\":\"user" + ((g + m) % accounts)
              + "\",\"JoinTime\":1600000001}\n");
        }
      }
      StringBuilder line = new StringBuilder(256);
      String filler = "lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua";
      for (int i = 0; i < messages; i++) {
        int g = i % groups;
        long time = 1600000100L + i / 3; // three messages a second: equal seconds throughout
        line.setLength(0);
        line.append("{\"type\":\"group_msg\",\"GroupId\":\"channel-").append(g)
            .append("\",\"SourceId\":\"C").append(g).append('/').append(time).append('.').append(i)
            .append("\",\"From_Account\":\"user").append((g + 1 + i % 10) % accounts)
            .append("\",\"SendTime\":").append(time)
            .append(",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"")
            .append(filler, 0, 20 + i % 100).append("\"}}]}\n");
        out.write(line.toString());
      }
    }
  }

  /** Validates the file {@code args[0]} and prints the figures. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long baseline = usedAfterGc();
    long[] problems = {0};
    long start = System.nanoTime();
    Plan plan;
    try (HistoryFile history = HistoryFile.open(file)) {
      plan = new Validator(Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC))
          .validate(history, problem -> {
            if (problems[0]++ < 5) {
              System.err.println(problem);
            }
          });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long retained = usedAfterGc() - baseline;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("records=%d seconds=%.2f recordsPerSecond=%d retainedMiB=%.1f peakMiB=%.1f problems=%d groupMessages=%d%n",
        plan.lines(), seconds, (long) (plan.lines() / seconds), retained / 1048576.0, peak / 1048576.0, problems[0],
        plan.count(RecordType.GROUP_MSG));
    Reference.reachabilityFence(plan);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
