package io.timrest;

/**
 * The request breaks a documented rule and was not sent. {@link #field()} is the JSON path of the
 * offending field (for example {@code MsgList[2].SendTime}) and {@link #rule()} the rule.
 */
public final class TimValidationException extends TimRestException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending field. */
  private final String field;
  /** The rule, in words. */
  private final String rule;

  TimValidationException(String field, String rule, String detail) {
    super(field + ": " + rule + (detail.isEmpty() ? "" : " (" + detail + ")"), null);
    this.field = field;
    this.rule = rule;
  }

  /**
   * The JSON path of the field that breaks the rule.
   *
   * @return the path, for example {@code MsgList[2].SendTime}
   */
  public String field() {
    return field;
  }

  /**
   * The rule, in words.
   *
   * @return the rule, for example {@code must not be in the future}
   */
  public String rule() {
    return rule;
  }
}
