package io.timrest.migrate;

/**
 * Observes a migration, for a progress bar or metrics. Called from the migration's threads; keep
 * the methods quick and thread-safe. Every method has an empty default.
 */
public interface MigrationListener {
  /**
   * Validation read the whole file.
   *
   * @param records the records in the file
   * @param problems the problems found (each in the report, with its line)
   */
  default void validated(long records, long problems) {
  }

  /**
   * The import starts.
   *
   * @param total the records to import, those an earlier run did included
   * @param resumed whether a checkpoint says an earlier run did part of them
   */
  default void started(long total, boolean resumed) {
  }

  /**
   * One more record is done, in any {@link Outcome}.
   *
   * @param type the record's type
   * @param outcome what became of it
   * @param done how many records are done now, those of earlier runs included
   * @param total how many records there are to do
   */
  default void recordDone(RecordType type, Outcome outcome, long done, long total) {
  }

  /**
   * The run ended.
   *
   * @param summary what became of the records, and the run's status
   */
  default void finished(MigrationSummary summary) {
  }
}
