package io.timrest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Some items of an import call (messages, members or accounts) were not imported while the call
 * itself succeeded; {@link #failed()} lists exactly those. Thrown by the {@code requireAllImported()}
 * methods of {@link ImportResult}, {@link MemberImportResult} and {@link AccountImportResult}.
 */
public final class TimImportException extends TimRestException {
  private static final long serialVersionUID = 1L;

  private final transient List<ImportOutcome> failed;

  /** {@code summary} says what was not imported where, for example "2 message(s) not imported into group G". */
  TimImportException(String summary, List<? extends ImportOutcome> failed) {
    super(summary + ": "
        + failed.stream().map(ImportOutcome::toString).collect(Collectors.joining("; ")), null);
    this.failed = List.copyOf(failed);
  }

  /**
   * The items that were not imported, in request order. Not serialized: empty after
   * deserialization.
   *
   * @return an unmodifiable list, never empty for a thrown exception
   */
  public List<ImportOutcome> failed() {
    return failed == null ? List.of() : failed; // null after deserialization: the field is transient
  }

  /**
   * The failed items of the given kind, for example {@code failed(ImportMsgOutcome.class)}.
   *
   * @param <T> the kind of outcome
   * @param kind the outcome class: {@link ImportMsgOutcome}, {@link MemberImportOutcome} or
   *     {@link AccountImportOutcome}
   * @return an unmodifiable list in request order; empty when no failed item is of that kind
   */
  public <T extends ImportOutcome> List<T> failed(Class<T> kind) {
    return failed().stream().filter(kind::isInstance).map(kind::cast).collect(Collectors.toUnmodifiableList());
  }
}
