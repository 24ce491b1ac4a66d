package io.timrest;

import java.util.List;
import java.util.stream.Collectors;

/** Some messages of an import were not imported; {@link #failed()} lists exactly those. */
public final class TimImportException extends TimRestException {
  private static final long serialVersionUID = 1L;

  private final transient List<ImportMsgOutcome> failed;

  TimImportException(String groupId, List<ImportMsgOutcome> failed) {
    super(failed.size() + " message(s) not imported into group " + groupId + ": "
        + failed.stream().map(ImportMsgOutcome::toString).collect(Collectors.joining("; ")), null);
    this.failed = List.copyOf(failed);
  }

  /**
   * The messages that were not imported. Not serialized: empty after deserialization.
   *
   * @return an unmodifiable list in {@code MsgList} order, never empty for a thrown exception
   */
  public List<ImportMsgOutcome> failed() {
    return failed == null ? List.of() : failed; // null after deserialization: the field is transient
  }
}
