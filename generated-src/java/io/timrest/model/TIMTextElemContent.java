// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMTextElem}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class TIMTextElemContent {

  @Json(name = "Text")
  final String text;

  private TIMTextElemContent(Builder builder) {
    this.text = builder.text;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Text}.
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
   * {@code Text} (required): The text.
   *
   * @return the value; never null, the property is required
   */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMTextElemContent)) {
      return false;
    }
    TIMTextElemContent other = (TIMTextElemContent) o;
    return Objects.equals(text, other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMTextElemContent")
        .add("Text", text)
        .toString();
  }

  /**
   * Builds a {@link TIMTextElemContent}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String text;

    private Builder() {
    }

    private Builder(TIMTextElemContent source) {
      this.text = source.text;
    }

    /**
     * Sets {@code Text} (required): The text.
     *
     * @param text the value; not null
     * @return this builder
     * @throws NullPointerException if {@code text} is null; the message names the property
     */
    public Builder text(String text) {
      Objects.requireNonNull(text, "Text");
      this.text = text;
      return this;
    }

    /**
     * Builds the immutable {@code TIMTextElemContent}.
     *
     * @return the new value
     * @throws IllegalStateException if {@code Text} is not set; the message names the missing property
     */
    public TIMTextElemContent build() {
      ModelSupport.requirePresent(text, "TIMTextElemContent", "Text");
      return new TIMTextElemContent(this);
    }
  }
}

