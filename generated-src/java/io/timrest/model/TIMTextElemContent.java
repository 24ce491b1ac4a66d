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
public final class TIMTextElemContent {

  @Json(name = "Text")
  final String text;

  private TIMTextElemContent(Builder builder) {
    this.text = builder.text;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code Text} (required): The text.
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

  /** Builds a {@link TIMTextElemContent}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String text;

    private Builder() {
    }

    private Builder(TIMTextElemContent source) {
      this.text = source.text;
    }

    /**
     * Sets {@code Text} (required; must not be null).
     */
    public Builder text(String text) {
      Objects.requireNonNull(text, "Text");
      this.text = text;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public TIMTextElemContent build() {
      ModelSupport.requirePresent(text, "TIMTextElemContent", "Text");
      return new TIMTextElemContent(this);
    }
  }
}

