// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of importing one message.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class ImportMsgResult {
  final Long msgSeq;
  final Long msgTime;
  final Integer result;

  private ImportMsgResult(Builder builder) {
    this.msgSeq = builder.msgSeq;
    this.msgTime = builder.msgTime;
    this.result = builder.result;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Result}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding every property of this value, to build a changed copy; this value
   * stays as it is.
   *
   * @return a new builder initialised from this value
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Checks the spec's constraints on every property of this value and of the values it holds
   * ({@code maxLength} and {@code minLength} in UTF-8 bytes, {@code enum}, {@code minimum},
   * {@code maximum}, {@code minItems}, {@code maxItems}). The client calls it before it sends a
   * request; an answer from the server is not checked, so that a value the server chose is never
   * refused.
   *
   * @return this value
   * @throws TimValidationException if a property breaks a constraint: {@code field()} is its JSON
   *     path, for example {@code MsgList[2].MsgBody[0].MsgContent.Text}, and {@code rule()} the
   *     spec's keyword
   */
  public ImportMsgResult validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
  }

  /**
   * {@code MsgSeq} (optional): The message's sequence number in the group (its unique identifier there).
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgSeq() {
    return Optional.ofNullable(msgSeq);
  }

  /**
   * {@code MsgTime} (optional): The message's timestamp, in Unix seconds.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgTime() {
    return Optional.ofNullable(msgTime);
  }

  /**
   * {@code Result} (required): 0: imported. 10004: the message's {@code SendTime} is invalid. 80001: the message contains sensitive words. 80002: the message content exceeds 12,000 bytes. 
   *
   * @return the value; never null, the property is required
   */
  public int result() {
    return result;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportMsgResult)) {
      return false;
    }
    ImportMsgResult other = (ImportMsgResult) o;
    return Objects.equals(msgSeq, other.msgSeq)
        && Objects.equals(msgTime, other.msgTime)
        && Objects.equals(result, other.result);
  }

  @Override
  public int hashCode() {
    return Objects.hash(msgSeq, msgTime, result);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportMsgResult")
        .add("MsgSeq", msgSeq)
        .add("MsgTime", msgTime)
        .add("Result", result)
        .toString();
  }

  /**
   * Builds a {@link ImportMsgResult}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    Long msgSeq;
    Long msgTime;
    Integer result;

    private Builder() {
    }

    private Builder(ImportMsgResult source) {
      this.msgSeq = source.msgSeq;
      this.msgTime = source.msgTime;
      this.result = source.result;
    }

    /**
     * Sets {@code MsgSeq} (optional): The message's sequence number in the group (its unique identifier there).
     *
     * @param msgSeq the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgSeq(Long msgSeq) {
      this.msgSeq = msgSeq;
      return this;
    }

    /**
     * Sets {@code MsgTime} (optional): The message's timestamp, in Unix seconds.
     *
     * @param msgTime the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgTime(Long msgTime) {
      this.msgTime = msgTime;
      return this;
    }

    /**
     * Sets {@code Result} (required): 0: imported. 10004: the message's {@code SendTime} is invalid. 80001: the message contains sensitive words. 80002: the message content exceeds 12,000 bytes. 
     *
     * @param result the value; not null
     * @return this builder
     * @throws NullPointerException if {@code result} is null; the message names the property
     */
    public Builder result(Integer result) {
      Objects.requireNonNull(result, "Result");
      this.result = result;
      return this;
    }

    /**
     * Builds the immutable {@code ImportMsgResult}.
     *
     * @return the new value
     * @throws TimValidationException if {@code Result} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ImportMsgResult build() {
      ModelSupport.requirePresent(result, "ImportMsgResult", "Result");
      return new ImportMsgResult(this);
    }
  }
}

