package io.timrest.migrate;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one line of a history file cannot be imported as it is: the line, what it was (as far as
 * that could be read), the field and the rule it breaks.
 *
 * <p>{@link #toString()} reads like
 * {@code line 12 (group_msg C123/1620000200.000100): SendTime: must not be before the previous
 * message of group team-1 (1620000200 < 1620000300)}.
 *
 * @param line the line, counted from 1 (blank lines count)
 * @param type the record's type, or {@code null} when the line has none that could be read (not
 *     JSON, no {@code type}, an unknown {@code type})
 * @param sourceId the message's {@code SourceId}, when the line is a message and has one
 * @param field the field the rule is about, as a path within the record (e.g.
 *     {@code MsgBody[0].MsgContent.Text}); empty when the rule is about the whole line
 * @param rule what is wrong, with the values involved
 */
record Problem(long line, RecordType type, Optional<String> sourceId, String field, String rule) {
  /** Checks the components: every one but {@code type} is required. */
  public Problem {
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1 but was " + line);
    }
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
  }

  /** The record's type, if the line has one that could be read. */
  public Optional<RecordType> recordType() {
    return Optional.ofNullable(type);
  }

  /** {@code line N (type SourceId): field: rule}, leaving out what is absent. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("line ").append(line);
    if (type != null) {
      text.append(" (").append(type.fileName());
      sourceId.ifPresent(id -> text.append(' ').append(id));
      text.append(')');
    }
    text.append(": ");
    if (!field.isEmpty()) {
      text.append(field).append(": ");
    }
    return text.append(rule).toString();
  }
}
