package io.timrest.migrate;

/** What became of one record of a history file. */
public enum Outcome {
  /** The server confirmed it: imported now. */
  IMPORTED,
  /** The server already held it (an earlier run's group, member, account or message): nothing to do. */
  ALREADY_PRESENT,
  /** The server refused it; the report says why. */
  FAILED,
  /** It broke a rule of the file and was left out (only with {@code skipInvalid}); the report says which. */
  INVALID,
  /**
   * An earlier run of the same file did it, according to the checkpoint: imported it, or reported
   * it as refused (that run's report has its failures, and the status still counts them).
   */
  DONE_EARLIER
}
