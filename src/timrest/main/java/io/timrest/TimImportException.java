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

  /** The items that were not imported, in request order. */
  public List<ImportOutcome> failed() {
    return failed;
  }

  /** The failed items of the given kind, for example {@code failed(ImportMsgOutcome.class)}. */
  public <T extends ImportOutcome> List<T> failed(Class<T> kind) {
    return failed.stream().filter(kind::isInstance).map(kind::cast).collect(Collectors.toUnmodifiableList());
  }
}
