package io.timrest.migrate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a migration or of its validation: how many records of each type ended in each
 * {@link Outcome}, and the run's {@link Status}. Immutable.
 */
public final class MigrationSummary {
  /** How the run ended, from best to worst. */
  public enum Status {
    /** Every record is on the server (imported now or already present). */
    COMPLETE,
    /** The file is valid (a dry run) and nothing was sent. */
    VALID,
    /** Some records were refused by the server or skipped as invalid; the report lists them. */
    SOME_FAILED,
    /** The file breaks rules and the run did not start (see the report or the problems). */
    INVALID_INPUT,
    /** The service could not be reached reliably; the checkpoint holds what is done, run again to resume. */
    TRANSPORT_FAILURE
  }

  private final Status status;
  private final Map<RecordType, Map<Outcome, Long>> counts;
  private final long problems;
  private final String detail;

  MigrationSummary(Status status, Map<RecordType, Map<Outcome, Long>> counts, long problems, String detail) {
    this.status = Objects.requireNonNull(status, "status");
    Map<RecordType, Map<Outcome, Long>> copy = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
      for (Outcome outcome : Outcome.values()) {
        byOutcome.put(outcome, counts.getOrDefault(type, Map.of()).getOrDefault(outcome, 0L));
      }
      copy.put(type, byOutcome);
    }
    this.counts = copy;
    this.problems = problems;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * How the run ended.
   *
   * @return the status; {@code timrest migrate} exits 0 for COMPLETE and VALID, 1 for SOME_FAILED,
   *     2 for INVALID_INPUT and 3 for TRANSPORT_FAILURE
   */
  public Status status() {
    return status;
  }

  /**
   * How many records of a type ended in an outcome.
   *
   * @param type the record type
   * @param outcome the outcome
   * @return the number of records
   */
  public long count(RecordType type, Outcome outcome) {
    return counts.get(Objects.requireNonNull(type, "type")).get(Objects.requireNonNull(outcome, "outcome"));
  }

  /**
   * How many records ended in an outcome, over all types.
   *
   * @param outcome the outcome
   * @return the number of records
   */
  public long count(Outcome outcome) {
    long total = 0;
    for (RecordType type : RecordType.values()) {
      total += count(type, outcome);
    }
    return total;
  }

  /**
   * How many problems validation found in the file.
   *
   * @return the number of problems; each is in the report, with its line
   */
  public long problems() {
    return problems;
  }

  /**
   * Why the run ended as it did.
   *
   * @return a sentence, for example the last transport failure; empty when every record is in
   */
  public String detail() {
    return detail;
  }

  /** A table: one row per record type, one column per outcome, then the status. */
  @Override
  public String toString() {
    StringBuilder table = new StringBuilder(String.format("%-10s %10s %10s %10s %10s %10s%n",
        "record", "imported", "present", "failed", "invalid", "earlier"));
    for (RecordType type : RecordType.values()) {
      table.append(String.format("%-10s %10d %10d %10d %10d %10d%n", type.fileName(),
          count(type, Outcome.IMPORTED), count(type, Outcome.ALREADY_PRESENT),
          count(type, Outcome.FAILED), count(type, Outcome.INVALID), count(type, Outcome.DONE_EARLIER)));
    }
    table.append(status);
    if (problems > 0) {
      table.append(", ").append(problems).append(" problem(s) in the file");
    }
    if (!detail.isEmpty()) {
      table.append(": ").append(detail);
    }
    return table.toString();
  }
}
