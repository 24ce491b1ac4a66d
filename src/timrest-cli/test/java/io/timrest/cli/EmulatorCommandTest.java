package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.model.Envelope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timrest emulator} on a thread: its first line, its key file, and stopping it by interrupt. */
class EmulatorCommandTest {
  private static final Pattern FIRST_LINE = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

  @TempDir
  Path dir;

  /** A running {@code timrest emulator}; {@link #stop()} interrupts it and returns its exit code. */
  private static final class Running {
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final AtomicInteger exitCode = new AtomicInteger(-1);
    final Thread thread;

    Running(String... args) {
      PrintStream out = new PrintStream(new LineSplitter(lines), true, StandardCharsets.UTF_8);
      thread = new Thread(() -> exitCode.set(TimRestCli.run(args, new ByteArrayInputStream(new byte[0]), out,
          new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())), "timrest-emulator-under-test");
      thread.start();
    }

    String nextLine() throws InterruptedException {
      String line = lines.poll(30, TimeUnit.SECONDS);
      assertNotNull(line, "no output line within 30 s; stderr: " + err);
      return line;
    }

    /** Reads lines up to and including the one starting with {@code prefix}. */
    List<String> linesUntil(String prefix) throws InterruptedException {
      List<String> read = new ArrayList<>();
      String line;
      do {
        line = nextLine();
        read.add(line);
      } while (!line.startsWith(prefix));
      return read;
    }

    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(TimeUnit.SECONDS.toMillis(30));
      assertFalse(thread.isAlive(), "the emulator command did not stop when interrupted");
      return exitCode.get();
    }
  }

  @Test
  void firstLineIsTheAddressAndTheKeyFileWorksForOtherCommands() throws Exception {
    Running emulator = new Running("emulator", "--port", "0", "--sdkappid", "1400000777", "--admin", "boss");

    String first = emulator.nextLine();
    Matcher address = FIRST_LINE.matcher(first);
    assertTrue(address.matches(), "first line: " + first);
    List<String> rest = emulator.linesUntil("stop it with");
    assertTrue(rest.contains("SDKAppID: 1400000777"), rest::toString);
    assertTrue(rest.contains("admin identifier: boss"), rest::toString);
    Path keyFile = Path.of(rest.stream().filter(line -> line.startsWith("secret key file: ")).findFirst()
        .orElseThrow().substring("secret key file: ".length()));
    assertEquals(EmulatorCommand.keyFileFor(address.group(1)), keyFile);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    String secretKey = Files.readString(keyFile).strip();

    Map<String, String> env = new HashMap<>();
    env.put("TIMREST_BASE_URL", "http://127.0.0.1:" + address.group(1) + "/");
    env.put("TIMREST_SDKAPPID", "1400000777");
    env.put("TIMREST_IDENTIFIER", "boss");
    env.put("TIMREST_SECRET_KEY_FILE", keyFile.toString());
    Cli.Result imported = new Cli(env, secretKey).run("import-account", "--user-id", "alice");
    int exitCode = emulator.stop();

    assertEquals(0, imported.code(), imported::toString);
    assertEquals("OK", imported.json(Envelope.class).actionStatus());
    assertEquals(0, exitCode, emulator.err::toString);
    assertFalse(String.join("\n", rest).contains(secretKey), "the emulator printed its key");
    assertFalse(Files.exists(keyFile), "the key file outlived its emulator");
  }

  @Test
  void givenKeyFileIsUsedAndPrintedKeyOnlyOnRequest() throws Exception {
    Path keyFile = Files.writeString(dir.resolve("emulator.key"), "my-own-emulator-key\n");
    Running emulator = new Running("emulator", "--secret-key-file", keyFile.toString(), "--print-secret-key");

    assertTrue(FIRST_LINE.matcher(emulator.nextLine()).matches());
    List<String> rest = emulator.linesUntil("stop it with");
    emulator.stop();

    assertTrue(rest.contains("secret key file: " + keyFile), rest::toString);
    assertTrue(rest.contains("secret key: my-own-emulator-key"), rest::toString);
    assertTrue(Files.exists(keyFile), "a key file the user gave is not the emulator's to delete");
  }

  @Test
  void faultOptionsOutOfRangeAreUsageErrors() {
    Cli.Result result = new Cli(Map.of(), null).run("emulator", "--gateway-error-rate", "1.5");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().startsWith("error: timrest emulator: "), result::toString);
  }

  /** Collects what is written into lines. */
  private static final class LineSplitter extends OutputStream {
    private final BlockingQueue<String> lines;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();

    LineSplitter(BlockingQueue<String> lines) {
      this.lines = lines;
    }

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        lines.add(current.toString(StandardCharsets.UTF_8));
        current.reset();
      } else {
        current.write(b);
      }
    }
  }
}
