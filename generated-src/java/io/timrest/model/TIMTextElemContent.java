// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMTextElem}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class TIMTextElemContent {
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
  public TIMTextElemContent validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
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
     * @throws TimValidationException if {@code Text} is not set
     *     (its {@code rule()} is {@code required})
     */
    public TIMTextElemContent build() {
      ModelSupport.requirePresent(text, "TIMTextElemContent", "Text");
      return new TIMTextElemContent(this);
    }
  }
}

