// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * One custom group field: a key defined in the console and its value.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class AppDefinedDataItem {
  final String key;
  final String value;

  private AppDefinedDataItem(Builder builder) {
    this.key = builder.key;
    this.value = builder.value;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Key} and {@code Value}.
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
  public AppDefinedDataItem validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
  }

  /**
   * {@code Key} (required): The field's key, as configured for the app.
   *
   * @return the value; never null, the property is required
   */
  public String key() {
    return key;
  }

  /**
   * {@code Value} (required): The field's value.
   *
   * @return the value; never null, the property is required
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AppDefinedDataItem)) {
      return false;
    }
    AppDefinedDataItem other = (AppDefinedDataItem) o;
    return Objects.equals(key, other.key)
        && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, value);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("AppDefinedDataItem")
        .add("Key", key)
        .add("Value", value)
        .toString();
  }

  /**
   * Builds a {@link AppDefinedDataItem}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String key;
    String value;

    private Builder() {
    }

    private Builder(AppDefinedDataItem source) {
      this.key = source.key;
      this.value = source.value;
    }

    /**
     * Sets {@code Key} (required): The field's key, as configured for the app.
     *
     * @param key the value; not null
     * @return this builder
     * @throws NullPointerException if {@code key} is null; the message names the property
     */
    public Builder key(String key) {
      Objects.requireNonNull(key, "Key");
      this.key = key;
      return this;
    }

    /**
     * Sets {@code Value} (required): The field's value.
     *
     * @param value the value; not null
     * @return this builder
     * @throws NullPointerException if {@code value} is null; the message names the property
     */
    public Builder value(String value) {
      Objects.requireNonNull(value, "Value");
      this.value = value;
      return this;
    }

    /**
     * Builds the immutable {@code AppDefinedDataItem}.
     *
     * @return the new value
     * @throws TimValidationException if {@code Key} or {@code Value} is not set
     *     (its {@code rule()} is {@code required})
     */
    public AppDefinedDataItem build() {
      ModelSupport.requirePresent(key, "AppDefinedDataItem", "Key");
      ModelSupport.requirePresent(value, "AppDefinedDataItem", "Value");
      return new AppDefinedDataItem(this);
    }
  }
}

