// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An emoji (face) element.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class TIMFaceElem implements MsgElement {
  /** The {@code MsgType} value {@code "TIMFaceElem"}. */
  public static final String MSG_TYPE_TIM_FACE_ELEM = "TIMFaceElem";

  @Json(name = "MsgType")
  final String msgType;
  @Json(name = "MsgContent")
  final TIMFaceElemContent msgContent;

  private TIMFaceElem(Builder builder) {
    this.msgType = builder.msgType;
    this.msgContent = builder.msgContent;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code MsgType} (preset to {@code "TIMFaceElem"}) and {@code MsgContent}.
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
   * {@code MsgType} (required): The element type. Always {@code "TIMFaceElem"}.
   *
   * @return the value; never null, the property is required
   */
  public String msgType() {
    return msgType;
  }

  /**
   * {@code MsgContent} (required): the {@link TIMFaceElemContent}.
   *
   * @return the value; never null, the property is required
   */
  public TIMFaceElemContent msgContent() {
    return msgContent;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMFaceElem)) {
      return false;
    }
    TIMFaceElem other = (TIMFaceElem) o;
    return Objects.equals(msgType, other.msgType)
        && Objects.equals(msgContent, other.msgContent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(msgType, msgContent);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMFaceElem")
        .add("MsgType", msgType)
        .add("MsgContent", msgContent)
        .toString();
  }

  /**
   * Builds a {@link TIMFaceElem}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String msgType = "TIMFaceElem";
    TIMFaceElemContent msgContent;

    private Builder() {
    }

    private Builder(TIMFaceElem source) {
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
     * Sets {@code MsgContent} (required): the {@link TIMFaceElemContent}.
     *
     * @param msgContent the value; not null
     * @return this builder
     * @throws NullPointerException if {@code msgContent} is null; the message names the property
     */
    public Builder msgContent(TIMFaceElemContent msgContent) {
      Objects.requireNonNull(msgContent, "MsgContent");
      this.msgContent = msgContent;
      return this;
    }

    /**
     * Builds the immutable {@code TIMFaceElem}.
     *
     * @return the new value
     * @throws IllegalStateException if {@code MsgType} or {@code MsgContent} is not set; the message names the missing property
     */
    public TIMFaceElem build() {
      ModelSupport.requirePresent(msgType, "TIMFaceElem", "MsgType");
      ModelSupport.requirePresent(msgContent, "TIMFaceElem", "MsgContent");
      ModelSupport.requireConstant(msgType, "TIMFaceElem", "TIMFaceElem", "MsgType");
      return new TIMFaceElem(this);
    }
  }
}

