package io.timrest;

import java.util.Objects;

/**
 * The request breaks a documented rule and was not sent. {@link #field()} is the JSON path of the
 * offending field (for example {@code MsgList[2].MsgBody[0].MsgContent.Latitude}) and
 * {@link #rule()} the rule it breaks: the spec's own keyword for a constraint of one field
 * ({@code required}, {@code maxLength}, {@code minLength}, {@code enum}, {@code minimum},
 * {@code maximum}, {@code minItems}, {@code maxItems}, plus {@code finite} for a NaN or infinite
 * number), or the name of a rule that spans fields ({@code ascending}, {@code notInFuture},
 * {@code maxBodyBytes}, ...; see the README's "Validation before I/O"). The message says the same
 * in words, with the offending value where it is not a credential.
 */
public final class TimValidationException extends TimRestException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending field. */
  private final String field;
  /** The rule's keyword. */
  private final String rule;

  /**
   * A refused request; the generated models' {@code build()} and {@code validate()} and the client
   * throw it. The message is {@code field: rule (explanation)}, or {@code rule (explanation)} for
   * the whole document (a JSON syntax error of {@link TimJson}).
   *
   * @param field the JSON path of the offending field, for example {@code MsgList[2].SendTime};
   *     empty for the whole document
   * @param rule the rule's keyword, for example {@code maxLength}
   * @param explanation the rule and the offending value in words, for example
   *     {@code at most 32 bytes in UTF-8, was 40}
   * @throws NullPointerException if an argument is null
   */
  public TimValidationException(String field, String rule, String explanation) {
    super((Objects.requireNonNull(field, "field").isEmpty() ? "" : field + ": ") + Objects.requireNonNull(rule, "rule")
        + (Objects.requireNonNull(explanation, "explanation").isEmpty() ? "" : " (" + explanation + ")"), null);
    this.field = field;
    this.rule = rule;
  }

  /**
   * The JSON path of the field that breaks the rule.
   *
   * @return the path, for example {@code MsgList[2].SendTime}; empty when the whole document is
   *     at fault (a JSON syntax error)
   */
  public String field() {
    return field;
  }

  /**
   * The rule's keyword: the spec's for a constraint of one field, a name of its own for a rule that
   * spans fields.
   *
   * @return the keyword, for example {@code maxLength}, {@code required} or {@code ascending}
   */
  public String rule() {
    return rule;
  }
}
