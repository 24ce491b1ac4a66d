// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A video element.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class TIMVideoFileElem implements MsgElement {
  /** The {@code MsgType} value {@code "TIMVideoFileElem"}. */
  public static final String MSG_TYPE_TIM_VIDEO_FILE_ELEM = "TIMVideoFileElem";

  final String msgType;
  final TIMVideoFileElemContent msgContent;

  private TIMVideoFileElem(Builder builder) {
    this.msgType = builder.msgType;
    this.msgContent = builder.msgContent;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code MsgType} (preset to {@code "TIMVideoFileElem"}) and {@code MsgContent}.
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
  public TIMVideoFileElem validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    if (msgContent != null) {
      ModelSupport.validateNested(msgContent, at + "MsgContent.");
    }
  }

  /**
   * {@code MsgType} (required): The element type. Always {@code "TIMVideoFileElem"}.
   *
   * @return the value; never null, the property is required
   */
  public String msgType() {
    return msgType;
  }

  /**
   * {@code MsgContent} (required): the {@link TIMVideoFileElemContent}.
   *
   * @return the value; never null, the property is required
   */
  public TIMVideoFileElemContent msgContent() {
    return msgContent;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMVideoFileElem)) {
      return false;
    }
    TIMVideoFileElem other = (TIMVideoFileElem) o;
    return Objects.equals(msgType, other.msgType)
        && Objects.equals(msgContent, other.msgContent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(msgType, msgContent);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMVideoFileElem")
        .add("MsgType", msgType)
        .add("MsgContent", msgContent)
        .toString();
  }

  /**
   * Builds a {@link TIMVideoFileElem}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String msgType = "TIMVideoFileElem";
    TIMVideoFileElemContent msgContent;

    private Builder() {
    }

    private Builder(TIMVideoFileElem source) {
      this.msgType = source.msgType;
      this.msgContent = source.msgContent;
    }

    /**
     * Sets {@code MsgType} (required): The element type.
     *
     * @param msgType the value; not null
     * @return this builder
     * @throws NullPointerException if {@code msgType} is null; the message names the property
     */
    Builder msgType(String msgType) {
      Objects.requireNonNull(msgType, "MsgType");
      this.msgType = msgType;
      return this;
    }

    /**
     * Sets {@code MsgContent} (required): the {@link TIMVideoFileElemContent}.
     *
     * @param msgContent the value; not null
     * @return this builder
     * @throws NullPointerException if {@code msgContent} is null; the message names the property
     */
    public Builder msgContent(TIMVideoFileElemContent msgContent) {
      Objects.requireNonNull(msgContent, "MsgContent");
      this.msgContent = msgContent;
      return this;
    }

    /**
     * Builds the immutable {@code TIMVideoFileElem}.
     *
     * @return the new value
     * @throws TimValidationException if {@code MsgType} or {@code MsgContent} is not set
     *     (its {@code rule()} is {@code required})
     */
    public TIMVideoFileElem build() {
      ModelSupport.requirePresent(msgType, "TIMVideoFileElem", "MsgType");
      ModelSupport.requirePresent(msgContent, "TIMVideoFileElem", "MsgContent");
      ModelSupport.requireConstant(msgType, "TIMVideoFileElem", "TIMVideoFileElem", "MsgType");
      return new TIMVideoFileElem(this);
    }
  }
}

