package io.timrest.cli;

import io.timrest.RateLimit;
import io.timrest.migrate.Migration;
import io.timrest.migrate.MigrationListener;
import io.timrest.migrate.MigrationSummary;
import io.timrest.migrate.Outcome;
import io.timrest.migrate.RecordType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code timrest migrate}: imports a history file with {@link Migration}, showing progress, and
 * ends with the summary. Exit codes: 0 every record imported, 1 some not (see the report), 2 an
 * invalid file or usage, 3 the service could not be reached (run again to resume).
 */
@Command(name = "migrate", header = "import a whole chat history from a JSON Lines file, resumable, exactly once",
    customSynopsis = "timrest migrate --input FILE [--checkpoint FILE] [--report FILE] [--dry-run] [--skip-invalid]"
        + " [--rate N] [--parallel N] [--quiet] [connection options]",
    description = {
        "Validates the history file (README, \"Migrating a history\"), then imports it in the documented",
        "order: accounts (multiaccount_import), groups with their CreateTime (import_group), members",
        "(import_group_member), group messages 7 a call and one-to-one messages (importmsg) with many",
        "conversations at once, each in order, then unread counts (set_unread_msg_num). Calls are paced",
        "to each endpoint's limit. Kill it at any moment and run the same command again: it resumes",
        "from the checkpoint and imports every message exactly once. Every record that was not",
        "imported is in the report with its line, SourceId, code and reason.",
        "Exit codes: 0 all imported, 1 some records not imported (see the report), 2 invalid input or",
        "usage, 3 the service could not be reached (run again to resume)."})
final class MigrateCommand extends CliCommand {
  /** Without a terminal, a progress line this often. */
  private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

  @Option(names = "--input", paramLabel = "FILE", description = "the history file, JSON Lines (required)")
  String input;
  @Option(names = "--checkpoint", paramLabel = "FILE",
      description = "where progress is kept, so that a stopped run resumes (default: FILE.checkpoint beside --input)")
  String checkpoint;
  @Option(names = "--report", paramLabel = "FILE", description = "JSON Lines report of every record not imported"
      + " and every problem of the file (default: FILE.report.jsonl beside --input)")
  String report;
  @Option(names = "--dry-run", description = "validate the whole file and report its problems; no call is made")
  boolean dryRun;
  @Option(names = "--skip-invalid",
      description = "import the valid records of an invalid file, reporting the others (default: refuse to start)")
  boolean skipInvalid;
  @Option(names = "--rate", paramLabel = "N", description = "calls per second per endpoint (default: each"
      + " endpoint's documented limit, 200; multiaccount_import 100)")
  Integer rate;
  @Option(names = "--parallel", paramLabel = "N",
      description = "calls in flight at once (default " + Migration.DEFAULT_PARALLELISM + ")")
  Integer parallel;
  @Option(names = "--quiet", description = "no progress output, only the summary")
  boolean quiet;
  @Mixin
  ConnectionOptions connection;

  MigrateCommand(Console console) {
    super(console);
  }

  @Override
  String environmentHelp() {
    return Connection.ENV_HELP;
  }

  @Override
  public Integer call() {
    Path inputFile = Path.of(require(input, "--input", ""));
    if (!Files.isRegularFile(inputFile)) {
      throw usage("--input " + inputFile + " is not a file");
    }
    Path reportFile = report != null ? Path.of(report) : Path.of(inputFile + ".report.jsonl");
    Path checkpointFile = checkpoint != null ? Path.of(checkpoint) : Path.of(inputFile + ".checkpoint");
    int parallelism = parallel != null ? parallel : Migration.DEFAULT_PARALLELISM;
    if (parallelism < 1) {
      throw usage("--parallel must be at least 1");
    }
    if (rate != null && rate < 1) {
      throw usage("--rate must be at least 1");
    }
    RateLimit rateLimit = rate != null ? RateLimit.perSecond(rate) : RateLimit.documented();
    ProgressDisplay progress = ProgressDisplay.choose(quiet, console);
    Migration.Builder migration = Migration.builder()
        .input(inputFile).report(reportFile).parallelism(parallelism).skipInvalid(skipInvalid).listener(progress);
    try {
      MigrationSummary summary;
      if (dryRun) {
        summary = migration.checkpoint(checkpointFile).build().validate();
      } else {
        try (Connection open = Connection.open(connection, console, builder -> builder.rateLimit(rateLimit))) {
          summary = migration.client(open.client()).checkpoint(checkpointFile).build().run();
        }
      }
      progress.close();
      console.out().println(summary);
      if (summary.count(Outcome.FAILED) + summary.count(Outcome.INVALID) + summary.problems() > 0) {
        console.out().println("report: " + reportFile);
      }
      console.out().flush();
      return exitCode(summary.status());
    } catch (IOException e) {
      progress.close();
      throw new UncheckedIOException(e);
    } catch (IllegalStateException e) {
      progress.close();
      throw usage(e.getMessage());
    }
  }

  static int exitCode(MigrationSummary.Status status) {
    switch (status) {
      case COMPLETE:
      case VALID:
        return ExitCodes.OK;
      case SOME_FAILED:
        return ExitCodes.API_ERROR;
      case INVALID_INPUT:
        return ExitCodes.USAGE;
      default:
        return ExitCodes.TRANSPORT;
    }
  }

  /** How progress is shown: a bar on a terminal, a line every few seconds otherwise, or nothing. */
  private abstract static class ProgressDisplay implements MigrationListener, AutoCloseable {
    static ProgressDisplay choose(boolean quiet, Console console) {
      if (quiet) {
        return new ProgressDisplay() { };
      }
      boolean terminal = console.err() == System.err && System.console() != null;
      return terminal ? new Bar(console) : new Lines(console);
    }

    @Override
    public void close() {
    }
  }

  /** A progress bar (records done of total, rate, ETA) on standard error. */
  private static final class Bar extends ProgressDisplay {
    private final Console console;
    private volatile ProgressBar bar;

    Bar(Console console) {
      this.console = console;
    }

    @Override
    public void validated(long records, long problems) {
      console.err().println("validated: " + records + " records, " + problems + " problem(s)");
    }

    @Override
    public synchronized void started(long total, boolean resumed) {
      bar = new ProgressBarBuilder()
          .setTaskName(resumed ? "migrate (resumed)" : "migrate")
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(console.err()))
          .setUpdateIntervalMillis(500)
          .showSpeed()
          .build();
    }

    @Override
    public void recordDone(RecordType type, Outcome outcome, long done, long total) {
      ProgressBar current = bar;
      if (current != null) {
        current.stepTo(done);
      }
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }

  /** Without a terminal: one line every few seconds on standard error. */
  private static final class Lines extends ProgressDisplay {
    private final Console console;
    private volatile long started;
    private volatile long lastLine;
    private volatile long doneAtStart = -1;

    Lines(Console console) {
      this.console = console;
    }

    @Override
    public void validated(long records, long problems) {
      console.err().println("migrate: validated " + records + " records, " + problems + " problem(s)");
    }

    @Override
    public void started(long total, boolean resumed) {
      started = System.nanoTime();
      lastLine = started;
      console.err().println("migrate: " + total + " records to import" + (resumed ? " (resuming from the checkpoint)" : ""));
    }

    @Override
    public void recordDone(RecordType type, Outcome outcome, long done, long total) {
      long now = System.nanoTime();
      if (doneAtStart < 0) {
        doneAtStart = done - 1;
      }
      if (now - lastLine < LINE_INTERVAL_NANOS && done < total) {
        return;
      }
      synchronized (this) {
        if (now - lastLine < LINE_INTERVAL_NANOS && done < total) {
          return;
        }
        lastLine = now;
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = (done - doneAtStart) / seconds;
        long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
        console.err().printf("migrate: %d of %d records (%.1f%%), %.0f records/s, ETA %s%n",
            done, total, 100.0 * done / Math.max(1, total), rate, eta < 0 ? "?" : eta + " s");
      }
    }
  }
}
