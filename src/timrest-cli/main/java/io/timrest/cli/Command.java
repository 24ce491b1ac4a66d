package io.timrest.cli;

import java.util.List;

/** One {@code timrest} command: its name, its help, the options its parser accepts, and what it does. */
interface Command {
  /** The word after {@code timrest}, e.g. {@code send-group-msg}. */
  String name();

  /** One line for the top-level command list. */
  String summary();

  /** The arguments part of the usage line, e.g. {@code --group-id ID --text TEXT [--from ID]}. */
  String usage();

  /** A paragraph or two for {@code --help}: what it calls, what it prints. */
  String description();

  /** Every option the command accepts, besides {@code --help}; parser and help both use this list. */
  List<Option> options();

  /** The environment variables section of the help, or empty when the command reads none. */
  String environmentHelp();

  /** Runs with parsed options; returns the exit code or throws (see {@link TimRestCli#run}). */
  int run(Args args, Console console) throws InterruptedException;
}
