// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A voice element.
 *
 * <p>Immutable: create one with {@link #builder()}, derive a changed copy with {@link #toBuilder()}.
 * Optional properties are {@link Optional}; lists are unmodifiable.
 */
@JsonClass(generateAdapter = true)
public final class TIMSoundElem implements MsgElement {
  /** A value of {@code MsgType}. */
  public static final String MSG_TYPE_TIM_SOUND_ELEM = "TIMSoundElem";

  @Json(name = "MsgType")
  final String msgType;
  @Json(name = "MsgContent")
  final TIMSoundElemContent msgContent;

  private TIMSoundElem(Builder builder) {
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
  public TIMSoundElemContent msgContent() {
    return msgContent;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMSoundElem)) {
      return false;
    }
    TIMSoundElem other = (TIMSoundElem) o;
    return Objects.equals(msgType, other.msgType)
        && Objects.equals(msgContent, other.msgContent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(msgType, msgContent);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMSoundElem")
        .add("MsgType", msgType)
        .add("MsgContent", msgContent)
        .toString();
  }

  /** Builds a {@link TIMSoundElem}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String msgType = "TIMSoundElem";
    TIMSoundElemContent msgContent;

    private Builder() {
    }

    private Builder(TIMSoundElem source) {
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
    public Builder msgContent(TIMSoundElemContent msgContent) {
      Objects.requireNonNull(msgContent, "MsgContent");
      this.msgContent = msgContent;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public TIMSoundElem build() {
      ModelSupport.requirePresent(msgType, "TIMSoundElem", "MsgType");
      ModelSupport.requirePresent(msgContent, "TIMSoundElem", "MsgContent");
      ModelSupport.requireConstant(msgType, "TIMSoundElem", "TIMSoundElem", "MsgType");
      return new TIMSoundElem(this);
    }
  }
}

