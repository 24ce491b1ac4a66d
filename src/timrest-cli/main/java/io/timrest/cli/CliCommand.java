package io.timrest.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * One {@code timrest} command: picocli fills its option fields from the command line, then
 * {@link #call()} runs it and returns the exit code, or throws ({@link TimRestCli} turns the
 * exception into an exit code and one {@code error: ...} line).
 */
abstract class CliCommand implements Callable<Integer> {
  final Console console;

  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = Integer.MAX_VALUE,
      description = "print this help and exit")
  boolean help;

  CliCommand(Console console) {
    this.console = console;
  }

  /** The environment variables section of {@code --help}, or empty when the command reads none. */
  String environmentHelp() {
    return "";
  }

  /** A usage error of this command: {@code timrest NAME: message}. */
  UsageException usage(String message) {
    return new UsageException("timrest " + spec.name() + ": " + message);
  }

  /** The value of a required option, {@code null} when not given; the message says how else it can be given. */
  <T> T require(T value, String option, String alternative) {
    if (value == null) {
      throw usage("missing option " + option + " " + spec.findOption(option).paramLabel() + alternative);
    }
    return value;
  }
}
