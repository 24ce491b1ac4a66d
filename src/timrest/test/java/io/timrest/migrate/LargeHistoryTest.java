package io.timrest.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large history file validates in a small heap: the validator keeps primitive columns, not
 * an object per message. Each case validates in a JVM of its own with the heap limit given.
 */
class LargeHistoryTest {
  private static final Pattern FIGURES = Pattern.compile("records=(\\d+) .* problems=(\\d+) groupMessages=(\\d+)");

  @TempDir
  Path dir;

  /** In the normal build: 200,000 group messages over 200 groups in a 32 MB heap. */
  @Test
  void twoHundredThousandGroupMessagesValidateIn32Mb() throws Exception {
    validateInForkedJvm(1_000, 200, 200_000, "-Xmx32m");
  }

  /**
   * The target: 1,000,000 group messages over 1,000 groups (a 250 MB file) in a 128 MB heap.
   * About 7 s on two cores, writing the file included; left out of `mvn verify` (it writes 250 MB),
   * run it with {@code -Dtest.excluded.groups= -Dtest=LargeHistoryTest}.
   */
  @Test
  @Tag("large")
  void aMillionGroupMessagesValidateIn128Mb() throws Exception {
    validateInForkedJvm(10_000, 1_000, 1_000_000, "-Xmx128m");
  }

  private void validateInForkedJvm(int accounts, int groups, int messages, String heap) throws Exception {
    Path file = dir.resolve("history.jsonl");
    long start = System.nanoTime();
    LargeHistory.write(file, accounts, groups, messages);
    System.out.printf("wrote %d MiB in %.1f s%n", file.toFile().length() >> 20, (System.nanoTime() - start) / 1e9);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, heap, "-cp", System.getProperty("java.class.path"),
        LargeHistory.class.getName(), file.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.PIPE)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES));
    System.out.println(heap + " " + output.trim());

    assertEquals(0, process.exitValue(), output);
    Matcher figures = FIGURES.matcher(output);
    assertTrue(figures.find(), output);
    long lines = accounts + groups * 11L + messages;
    assertEquals(List.of(lines, 0L, (long) messages),
        List.of(Long.parseLong(figures.group(1)), Long.parseLong(figures.group(2)), Long.parseLong(figures.group(3))));
  }
}
