// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An image element.
 *
 * <p>Immutable: create one with {@link #builder()}, derive a changed copy with {@link #toBuilder()}.
 * Optional properties are {@link Optional}; lists are unmodifiable.
 */
@JsonClass(generateAdapter = true)
public final class TIMImageElem implements MsgElement {
  /** A value of {@code MsgType}. */
  public static final String MSG_TYPE_TIM_IMAGE_ELEM = "TIMImageElem";

  @Json(name = "MsgType")
  final String msgType;
  @Json(name = "MsgContent")
  final TIMImageElemContent msgContent;

  private TIMImageElem(Builder builder) {
    this.msgType = builder.msgType;
    this.msgContent = builder.msgContent;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code MsgType} (required)
   */
  public String msgType() {
    return msgType;
  }

  /**
   * {@code MsgContent} (required)
   */
  public TIMImageElemContent msgContent() {
    return msgContent;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMImageElem)) {
      return false;
    }
    TIMImageElem other = (TIMImageElem) o;
    return Objects.equals(msgType, other.msgType)
        && Objects.equals(msgContent, other.msgContent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(msgType, msgContent);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMImageElem")
        .add("MsgType", msgType)
        .add("MsgContent", msgContent)
        .toString();
  }

  /** Builds a {@link TIMImageElem}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String msgType = "TIMImageElem";
    TIMImageElemContent msgContent;

    private Builder() {
    }

    private Builder(TIMImageElem source) {
      this.msgType = source.msgType;
      this.msgContent = source.msgContent;
    }

    /**
     * Sets {@code MsgType} (required; must not be null).
     */
    Builder msgType(String msgType) {
      Objects.requireNonNull(msgType, "MsgType");
      this.msgType = msgType;
      return this;
    }

    /**
     * Sets {@code MsgContent} (required; must not be null).
     */
    public Builder msgContent(TIMImageElemContent msgContent) {
      Objects.requireNonNull(msgContent, "MsgContent");
      this.msgContent = msgContent;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public TIMImageElem build() {
      ModelSupport.requirePresent(msgType, "TIMImageElem", "MsgType");
      ModelSupport.requirePresent(msgContent, "TIMImageElem", "MsgContent");
      ModelSupport.requireConstant(msgType, "TIMImageElem", "TIMImageElem", "MsgType");
      return new TIMImageElem(this);
    }
  }
}

