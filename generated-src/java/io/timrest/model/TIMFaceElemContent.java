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
public final class TIMFaceElemContent {

  @Json(name = "Index")
  final Integer index;
  @Json(name = "Data")
  final String data;

  private TIMFaceElemContent(Builder builder) {
    this.index = builder.index;
    this.data = builder.data;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code Index} (required): Emoji index, defined by the app.
   */
  public int index() {
    return index;
  }

  /**
   * {@code Data} (required): Additional data, defined by the app; may contain any characters, control characters included.
   */
  public String data() {
    return data;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMFaceElemContent)) {
      return false;
    }
    TIMFaceElemContent other = (TIMFaceElemContent) o;
    return Objects.equals(index, other.index)
        && Objects.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, data);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMFaceElemContent")
        .add("Index", index)
        .add("Data", data)
        .toString();
  }

  /** Builds a {@link TIMFaceElemContent}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    Integer index;
    String data;

    private Builder() {
    }

    private Builder(TIMFaceElemContent source) {
      this.index = source.index;
      this.data = source.data;
    }

    /**
     * Sets {@code Index} (required; must not be null).
     */
    public Builder index(Integer index) {
      Objects.requireNonNull(index, "Index");
      this.index = index;
      return this;
    }

    /**
     * Sets {@code Data} (required; must not be null).
     */
    public Builder data(String data) {
      Objects.requireNonNull(data, "Data");
      this.data = data;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public TIMFaceElemContent build() {
      ModelSupport.requirePresent(index, "TIMFaceElemContent", "Index");
      ModelSupport.requirePresent(data, "TIMFaceElemContent", "Data");
      return new TIMFaceElemContent(this);
    }
  }
}

