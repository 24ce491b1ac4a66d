package io.timrest.migrate;

import io.timrest.TimRestClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Imports a whole chat history from a timrest history file (JSON Lines, one record a line; see the
 * README's "Migrating a history") in the documented migration order: accounts, groups with their
 * creation time, members, group messages 7 a call and one-to-one messages one a call (many
 * conversations at once, each in order), then unread counts.
 *
 * <p>The file is validated first ({@link #validate()} does only that, without any network call);
 * {@link #run()} refuses to start on an invalid file unless {@link Builder#skipInvalid(boolean)}.
 * A run is resumable: with a {@link Builder#checkpoint(Path) checkpoint}, a run stopped at any
 * moment (even by {@code kill -9}) continues where it stopped when run again, and every message is
 * imported exactly once. Calls go through the given client, so its retry policy and rate limit
 * apply; give it a rate limit ({@code TimRestClient.Builder.rateLimit}) to stay under the
 * service's caps.
 *
 * <pre>{@code
 * MigrationSummary summary = Migration.builder()
 *     .client(client)
 *     .input(Path.of("history.jsonl"))
 *     .checkpoint(Path.of("history.checkpoint"))
 *     .report(Path.of("failures.jsonl"))
 *     .build()
 *     .run();
 * }</pre>
 */
public final class Migration {
  /** Workers by default: enough to keep 200 calls/s in flight at 200 ms of latency. */
  public static final int DEFAULT_PARALLELISM = 64;

  private final TimRestClient client;
  private final Path input;
  private final Path checkpoint;
  private final Path report;
  private final int parallelism;
  private final boolean skipInvalid;
  private final MigrationListener listener;
  private final Clock clock;

  private Migration(Builder builder) {
    this.client = builder.client;
    this.input = builder.input;
    this.checkpoint = builder.checkpoint;
    this.report = builder.report;
    this.parallelism = builder.parallelism;
    this.skipInvalid = builder.skipInvalid;
    this.listener = builder.listener;
    this.clock = builder.clock;
  }

  /**
   * Starts configuring a migration.
   *
   * @return a builder; {@link Builder#input(Path)} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the whole file and reports every problem (to the report file and the listener) without
   * any network call. Status {@link MigrationSummary.Status#VALID} or
   * {@link MigrationSummary.Status#INVALID_INPUT}; the counts say how many records are invalid.
   *
   * <p>With a {@link Builder#checkpoint(Path) checkpoint} that a run has written to, the report
   * is that run's record of what the server refused, which a resumed run relies on: validation
   * then refuses to overwrite it, unless it is empty.
   *
   * @return the summary
   * @throws IOException when the file cannot be read or the report written
   * @throws IllegalStateException when the report belongs to a migration that has started
   */
  public MigrationSummary validate() throws IOException {
    if (report != null && checkpoint != null && isNonEmptyFile(checkpoint) && isNonEmptyFile(report)) {
      throw new IllegalStateException("a migration has started with checkpoint " + checkpoint + ", and its report "
          + report + " holds what the server refused: validate with another report file (or none)");
    }
    try (HistoryFile file = HistoryFile.open(input); Report problems = openReport(false)) {
      Validation validation = validate(file, problems);
      return validation.summary(
          validation.problems == 0 ? MigrationSummary.Status.VALID : MigrationSummary.Status.INVALID_INPUT, "");
    }
  }

  private static boolean isNonEmptyFile(Path path) throws IOException {
    return Files.isRegularFile(path) && Files.size(path) > 0;
  }

  /** The report: appended to when a run resumes, started afresh otherwise; without a file, nowhere. */
  private Report openReport(boolean append) throws IOException {
    return report == null ? new Report(OutputStream.nullOutputStream()) : Report.open(report, append);
  }

  /**
   * Validates the file, then imports it (resuming from the checkpoint, if any). Status
   * {@link MigrationSummary.Status#COMPLETE} when every record is on the server,
   * {@link MigrationSummary.Status#SOME_FAILED} when the report lists records that are not (this
   * run's, or those an earlier run of the same checkpoint reported),
   * {@link MigrationSummary.Status#INVALID_INPUT} when the file is invalid and nothing was sent,
   * {@link MigrationSummary.Status#TRANSPORT_FAILURE} when the service stayed unreachable (run again
   * to resume): after two failed calls (the client's retries included) when it answered no call
   * of the run; after about a minute of failures in a row when it stopped answering during it.
   *
   * @return the summary
   * @throws IOException when the file cannot be read, or the report or checkpoint written
   * @throws IllegalStateException when the checkpoint belongs to another input file
   */
  public MigrationSummary run() throws IOException {
    if (client == null) {
      throw new IllegalStateException("a migration needs a client: Migration.builder().client(...)");
    }
    try (HistoryFile file = HistoryFile.open(input);
        Checkpoint done = checkpoint == null ? Checkpoint.none() : Checkpoint.open(checkpoint, Checkpoint.identityOf(input));
        Report failures = openReport(done.isResumed())) {
      // A resumed run's problems are in the report already, from the run it resumes.
      Validation validation = validate(file, done.isResumed() ? problem -> { } : failures);
      if (validation.problems > 0 && !skipInvalid) {
        return validation.summary(MigrationSummary.Status.INVALID_INPUT,
            "the file has " + validation.problems + " problem(s); fix them, or skip the invalid records");
      }
      Progress progress = validation.progress;
      Engine engine = new Engine(client, file, validation.plan, done, failures, progress, parallelism);
      listener.started(validation.importable, done.isResumed());
      String detail = "";
      MigrationSummary.Status status;
      try {
        engine.run();
        // The records earlier runs reported as refused count as done earlier, and are not imported.
        long notImported = progress.count(Outcome.FAILED) + progress.count(Outcome.INVALID) + engine.refusedEarlier();
        status = notImported == 0 ? MigrationSummary.Status.COMPLETE : MigrationSummary.Status.SOME_FAILED;
        if (notImported > 0) {
          detail = notImported + " record(s) not imported"
              + (engine.refusedEarlier() > 0 ? " (" + engine.refusedEarlier() + " refused in an earlier run)" : "")
              + (report == null ? "" : ", listed in " + report);
        }
      } catch (Engine.TransportAbort e) {
        status = MigrationSummary.Status.TRANSPORT_FAILURE;
        detail = e.getMessage() + (checkpoint == null ? "" : "; run again with the same checkpoint to resume");
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("the migration stopped: " + e, e);
      }
      MigrationSummary summary = new MigrationSummary(status, progress.snapshot(), validation.problems, detail);
      listener.finished(summary);
      return summary;
    }
  }

  /** The validation pass: the plan, the problem count, and the progress counters with the invalid records counted. */
  private static final class Validation {
    final Plan plan;
    final long problems;
    final long importable;
    final Progress progress;

    Validation(Plan plan, long problems, long importable, Progress progress) {
      this.plan = plan;
      this.problems = problems;
      this.importable = importable;
      this.progress = progress;
    }

    MigrationSummary summary(MigrationSummary.Status status, String detail) {
      return new MigrationSummary(status, progress.snapshot(), problems, detail);
    }
  }

  private Validation validate(HistoryFile file, ProblemSink problems) throws IOException {
    Plan plan = new Validator(clock).validate(file, problems);
    long records = plan.unrecognized();
    long importable = 0;
    for (RecordType type : RecordType.values()) {
      records += plan.total(type);
      importable += plan.count(type);
    }
    listener.validated(records, plan.problems());
    Progress progress = new Progress(importable, listener);
    for (RecordType type : RecordType.values()) {
      progress.invalid(type, plan.invalid(type) + plan.leftOut(type));
    }
    return new Validation(plan, plan.problems(), importable, progress);
  }

  /** Configures a {@link Migration}; {@link #build()} says what is missing. */
  public static final class Builder {
    private TimRestClient client;
    private Path input;
    private Path checkpoint;
    private Path report;
    private int parallelism = DEFAULT_PARALLELISM;
    private boolean skipInvalid;
    private MigrationListener listener = new MigrationListener() { };
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /**
     * The client that makes the calls; its retry policy and rate limit apply.
     *
     * @param client required for {@link #run()}, not for {@link #validate()}
     * @return this builder
     */
    public Builder client(TimRestClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The history file (required).
     *
     * @param input a JSON Lines file of records
     * @return this builder
     */
    public Builder input(Path input) {
      this.input = Objects.requireNonNull(input, "input");
      return this;
    }

    /**
     * Where the run records what is done, so that it can be resumed; without one a stopped run
     * starts over (and relies on the server's 5-minute de-duplication only).
     *
     * @param checkpoint a file, created when absent; it belongs to one input file
     * @return this builder
     */
    public Builder checkpoint(Path checkpoint) {
      this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
      return this;
    }

    /**
     * Where every record that was not imported, and every problem of the file, goes.
     *
     * @param report a JSON Lines file: started afresh, or appended to when a run resumes
     * @return this builder
     */
    public Builder report(Path report) {
      this.report = Objects.requireNonNull(report, "report");
      return this;
    }

    /**
     * How many calls may be in flight at once; conversations beyond it take turns.
     *
     * @param parallelism at least 1 (default {@value Migration#DEFAULT_PARALLELISM})
     * @return this builder
     * @throws IllegalArgumentException if {@code parallelism} is less than 1
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Whether a run leaves out invalid records instead of refusing to start.
     *
     * @param skipInvalid true to import the valid records (the others are in the report); default false
     * @return this builder
     */
    public Builder skipInvalid(boolean skipInvalid) {
      this.skipInvalid = skipInvalid;
      return this;
    }

    /**
     * Who is told about progress.
     *
     * @param listener called from the migration's threads (default: nobody)
     * @return this builder
     */
    public Builder listener(MigrationListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The clock validation checks "not in the future" against.
     *
     * @param clock default: system UTC
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The configured migration.
     *
     * @return the migration, ready to {@link Migration#validate()} or {@link Migration#run()}
     * @throws IllegalStateException without an input
     */
    public Migration build() {
      if (input == null) {
        throw new IllegalStateException("a migration needs an input file: Migration.builder().input(...)");
      }
      return new Migration(this);
    }
  }
}
