// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * <p>Immutable: create one with {@link #builder()}, derive a changed copy with {@link #toBuilder()}.
 * Optional properties are {@link Optional}; lists are unmodifiable.
 */
@JsonClass(generateAdapter = true)
public final class TIMCustomElemContent {

  @Json(name = "Data")
  final String data;
  @Json(name = "Desc")
  final String desc;
  @Json(name = "Ext")
  final String ext;
  @Json(name = "Sound")
  final String sound;

  private TIMCustomElemContent(Builder builder) {
    this.data = builder.data;
    this.desc = builder.desc;
    this.ext = builder.ext;
    this.sound = builder.sound;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code Data} (required): Custom data.
   */
  public String data() {
    return data;
  }

  /**
   * {@code Desc} (optional): Custom description, also used as the offline push text.
   */
  public Optional<String> desc() {
    return Optional.ofNullable(desc);
  }

  /**
   * {@code Ext} (optional): Extension field, delivered in the offline push payload.
   */
  public Optional<String> ext() {
    return Optional.ofNullable(ext);
  }

  /**
   * {@code Sound} (optional): Custom APNs push sound.
   */
  public Optional<String> sound() {
    return Optional.ofNullable(sound);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMCustomElemContent)) {
      return false;
    }
    TIMCustomElemContent other = (TIMCustomElemContent) o;
    return Objects.equals(data, other.data)
        && Objects.equals(desc, other.desc)
        && Objects.equals(ext, other.ext)
        && Objects.equals(sound, other.sound);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, desc, ext, sound);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMCustomElemContent")
        .add("Data", data)
        .add("Desc", desc)
        .add("Ext", ext)
        .add("Sound", sound)
        .toString();
  }

  /** Builds a {@link TIMCustomElemContent}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String data;
    String desc;
    String ext;
    String sound;

    private Builder() {
    }

    private Builder(TIMCustomElemContent source) {
      this.data = source.data;
      this.desc = source.desc;
      this.ext = source.ext;
      this.sound = source.sound;
    }

    /**
     * Sets {@code Data} (required; must not be null).
     */
    public Builder data(String data) {
      Objects.requireNonNull(data, "Data");
      this.data = data;
      return this;
    }

    /**
     * Sets {@code Desc} (optional; null leaves it out).
     */
    public Builder desc(String desc) {
      this.desc = desc;
      return this;
    }

    /**
     * Sets {@code Ext} (optional; null leaves it out).
     */
    public Builder ext(String ext) {
      this.ext = ext;
      return this;
    }

    /**
     * Sets {@code Sound} (optional; null leaves it out).
     */
    public Builder sound(String sound) {
      this.sound = sound;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public TIMCustomElemContent build() {
      ModelSupport.requirePresent(data, "TIMCustomElemContent", "Data");
      return new TIMCustomElemContent(this);
    }
  }
}

