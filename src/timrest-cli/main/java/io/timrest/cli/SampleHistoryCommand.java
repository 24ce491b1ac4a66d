package io.timrest.cli;

import io.timrest.emulator.SampleHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@code timrest sample-history}: writes a made-up history file to try {@code timrest migrate} with. */
final class SampleHistoryCommand implements Command {
  static final Option OUTPUT = Option.value("--output", "FILE", "the history file to write (required)");
  static final Option GROUPS = Option.value("--groups", "N", "groups (default 20)");
  static final Option MESSAGES = Option.value("--messages", "N", "messages per group (default 200)");
  static final Option MEMBERS = Option.value("--members", "N", "members per group besides the owner (default 5)");
  static final Option CONVERSATIONS = Option.value("--c2c", "N", "one-to-one conversations (default 5)");
  static final Option C2C_MESSAGES = Option.value("--c2c-messages", "N", "messages per conversation (default 40)");
  static final Option ORDER = Option.value("--order", "ORDER",
      "grouped (one conversation after the other, as a per-channel export) or interleaved (default grouped)");

  @Override
  public String name() {
    return "sample-history";
  }

  @Override
  public String summary() {
    return "write a made-up history file to try migrate with";
  }

  @Override
  public String usage() {
    return "--output FILE [--groups N] [--messages N] [--members N] [--c2c N] [--c2c-messages N] [--order ORDER]";
  }

  @Override
  public String description() {
    return String.join("\n",
        "Writes a history file in the format of timrest migrate: accounts, groups created 30 days ago,",
        "their members, their messages (some in the same second), one-to-one conversations and unread",
        "counts. Prints the number of records.");
  }

  @Override
  public List<Option> options() {
    return List.of(OUTPUT, GROUPS, MESSAGES, MEMBERS, CONVERSATIONS, C2C_MESSAGES, ORDER);
  }

  @Override
  public String environmentHelp() {
    return "";
  }

  @Override
  public int run(Args args, Console console) {
    Path output = Path.of(args.require(OUTPUT, ""));
    SampleHistory.Order order;
    String orderName = args.get(ORDER).orElse("grouped");
    try {
      order = SampleHistory.Order.valueOf(orderName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("timrest sample-history: --order is grouped or interleaved");
    }
    SampleHistory history = new SampleHistory(count(args, GROUPS, 20), count(args, MESSAGES, 200),
        count(args, MEMBERS, 5), count(args, CONVERSATIONS, 5), count(args, C2C_MESSAGES, 40), order, Instant.now());
    try {
      history.write(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    console.out().println("wrote " + history.records() + " records to " + output);
    return ExitCodes.OK;
  }

  private static int count(Args args, Option option, int fallback) {
    int value = args.getInt(option).orElse(fallback);
    if (value < 0) {
      throw new UsageException("timrest sample-history: " + option.name() + " must not be negative");
    }
    return value;
  }
}
