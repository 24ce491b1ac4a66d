package io.timrest.cli;

import io.timrest.emulator.SampleHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code timrest sample-history}: writes a made-up history file to try {@code timrest migrate} with. */
@Command(name = "sample-history", header = "write a made-up history file to try migrate with",
    customSynopsis = "timrest sample-history --output FILE [--groups N] [--messages N] [--members N] [--c2c N]"
        + " [--c2c-messages N] [--order ORDER]",
    description = {
        "Writes a history file in the format of timrest migrate: accounts, groups created 30 days ago,",
        "their members, their messages (some in the same second), one-to-one conversations and unread",
        "counts. Prints the number of records."})
final class SampleHistoryCommand extends CliCommand {
  @Option(names = "--output", paramLabel = "FILE", description = "the history file to write (required)")
  String output;
  @Option(names = "--groups", paramLabel = "N", description = "groups (default 20)")
  int groups = 20;
  @Option(names = "--messages", paramLabel = "N", description = "messages per group (default 200)")
  int messages = 200;
  @Option(names = "--members", paramLabel = "N", description = "members per group besides the owner (default 5)")
  int members = 5;
  @Option(names = "--c2c", paramLabel = "N", description = "one-to-one conversations (default 5)")
  int conversations = 5;
  @Option(names = "--c2c-messages", paramLabel = "N", description = "messages per conversation (default 40)")
  int c2cMessages = 40;
  @Option(names = "--order", paramLabel = "ORDER", description = "grouped (one conversation after the other,"
      + " as a per-channel export) or interleaved (default grouped)")
  String order = "grouped";

  SampleHistoryCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    Path file = Path.of(require(output, "--output", ""));
    SampleHistory.Order historyOrder;
    try {
      historyOrder = SampleHistory.Order.valueOf(order.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage("--order is grouped or interleaved");
    }
    SampleHistory history = new SampleHistory(count(groups, "--groups"), count(messages, "--messages"),
        count(members, "--members"), count(conversations, "--c2c"), count(c2cMessages, "--c2c-messages"),
        historyOrder, Instant.now());
    try {
      history.write(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    console.out().println("wrote " + history.records() + " records to " + file);
    return ExitCodes.OK;
  }

  private int count(int value, String option) {
    if (value < 0) {
      throw usage(option + " must not be negative");
    }
    return value;
  }
}
