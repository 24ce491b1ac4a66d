package io.timrest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code timrest migrate} in a JVM of its own, as a user runs it, so that a test can kill it with
 * SIGKILL ({@link Process#destroyForcibly()}): no shutdown hook, no finally block, no flush runs.
 * Its standard output and error go to files beside its history, one pair per run.
 */
final class MigrateProcess {
  private final Process process;
  private final Path out;
  private final Path err;

  private MigrateProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code timrest migrate args} with the test's class path and only {@code env} of the TIMREST_ variables. */
  static MigrateProcess start(Path dir, String name, Map<String, String> env, List<String> args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // A short run: start quickly, and leave the test's JVM the other core.
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"),
        TimRestCli.class.getName(), "migrate"));
    command.addAll(args);
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeIf(variable -> variable.startsWith("TIMREST_"));
    builder.environment().putAll(env);
    try {
      return new MigrateProcess(builder.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /** Kills the process with SIGKILL and returns its exit code (137 when it was still running). */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return process.waitFor();
  }

  /** Waits for the process to end by itself, at most {@code seconds}; kills it after that. */
  int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("timrest migrate did not end within " + seconds + " s:\n" + output());
    }
    return process.exitValue();
  }

  /** Standard output. */
  String out() {
    return read(out);
  }

  /** Standard error. */
  String err() {
    return read(err);
  }

  /** Both, for a failure message. */
  String output() {
    return "--- stdout\n" + out() + "--- stderr\n" + err();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
