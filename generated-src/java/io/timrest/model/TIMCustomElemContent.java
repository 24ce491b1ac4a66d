// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMCustomElem}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class TIMCustomElemContent {
  final String data;
  final String desc;
  final String ext;
  final String sound;

  private TIMCustomElemContent(Builder builder) {
    this.data = builder.data;
    this.desc = builder.desc;
    this.ext = builder.ext;
    this.sound = builder.sound;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Data}.
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
  public TIMCustomElemContent validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
  }

  /**
   * {@code Data} (required): Custom data.
   *
   * @return the value; never null, the property is required
   */
  public String data() {
    return data;
  }

  /**
   * {@code Desc} (optional): Custom description, also used as the offline push text.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> desc() {
    return Optional.ofNullable(desc);
  }

  /**
   * {@code Ext} (optional): Extension field, delivered in the offline push payload.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> ext() {
    return Optional.ofNullable(ext);
  }

  /**
   * {@code Sound} (optional): Custom APNs push sound.
   *
   * @return the value, or empty when the property is absent
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

  /**
   * Builds a {@link TIMCustomElemContent}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
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
     * Sets {@code Data} (required): Custom data.
     *
     * @param data the value; not null
     * @return this builder
     * @throws NullPointerException if {@code data} is null; the message names the property
     */
    public Builder data(String data) {
      Objects.requireNonNull(data, "Data");
      this.data = data;
      return this;
    }

    /**
     * Sets {@code Desc} (optional): Custom description, also used as the offline push text.
     *
     * @param desc the value, or null to leave the property out
     * @return this builder
     */
    public Builder desc(String desc) {
      this.desc = desc;
      return this;
    }

    /**
     * Sets {@code Ext} (optional): Extension field, delivered in the offline push payload.
     *
     * @param ext the value, or null to leave the property out
     * @return this builder
     */
    public Builder ext(String ext) {
      this.ext = ext;
      return this;
    }

    /**
     * Sets {@code Sound} (optional): Custom APNs push sound.
     *
     * @param sound the value, or null to leave the property out
     * @return this builder
     */
    public Builder sound(String sound) {
      this.sound = sound;
      return this;
    }

    /**
     * Builds the immutable {@code TIMCustomElemContent}.
     *
     * @return the new value
     * @throws TimValidationException if {@code Data} is not set
     *     (its {@code rule()} is {@code required})
     */
    public TIMCustomElemContent build() {
      ModelSupport.requirePresent(data, "TIMCustomElemContent", "Data");
      return new TIMCustomElemContent(this);
    }
  }
}

