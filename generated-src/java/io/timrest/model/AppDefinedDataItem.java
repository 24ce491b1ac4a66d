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
public final class AppDefinedDataItem {

  @Json(name = "Key")
  final String key;
  @Json(name = "Value")
  final String value;

  private AppDefinedDataItem(Builder builder) {
    this.key = builder.key;
    this.value = builder.value;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code Key} (required): The field's key, as configured for the app.
   */
  public String key() {
    return key;
  }

  /**
   * {@code Value} (required): The field's value.
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

  /** Builds a {@link AppDefinedDataItem}; {@link #build()} checks that every required property is set. */
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
     * Sets {@code Key} (required; must not be null).
     */
    public Builder key(String key) {
      Objects.requireNonNull(key, "Key");
      this.key = key;
      return this;
    }

    /**
     * Sets {@code Value} (required; must not be null).
     */
    public Builder value(String value) {
      Objects.requireNonNull(value, "Value");
      this.value = value;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public AppDefinedDataItem build() {
      ModelSupport.requirePresent(key, "AppDefinedDataItem", "Key");
      ModelSupport.requirePresent(value, "AppDefinedDataItem", "Value");
      return new AppDefinedDataItem(this);
    }
  }
}

