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
public final class TIMLocationElemContent {

  @Json(name = "Desc")
  final String desc;
  @Json(name = "Latitude")
  final Double latitude;
  @Json(name = "Longitude")
  final Double longitude;

  private TIMLocationElemContent(Builder builder) {
    this.desc = builder.desc;
    this.latitude = builder.latitude;
    this.longitude = builder.longitude;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code Desc} (required): Description of the location.
   */
  public String desc() {
    return desc;
  }

  /**
   * {@code Latitude} (required): Latitude in degrees.
   */
  public double latitude() {
    return latitude;
  }

  /**
   * {@code Longitude} (required): Longitude in degrees.
   */
  public double longitude() {
    return longitude;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMLocationElemContent)) {
      return false;
    }
    TIMLocationElemContent other = (TIMLocationElemContent) o;
    return Objects.equals(desc, other.desc)
        && Objects.equals(latitude, other.latitude)
        && Objects.equals(longitude, other.longitude);
  }

  @Override
  public int hashCode() {
    return Objects.hash(desc, latitude, longitude);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMLocationElemContent")
        .add("Desc", desc)
        .add("Latitude", latitude)
        .add("Longitude", longitude)
        .toString();
  }

  /** Builds a {@link TIMLocationElemContent}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String desc;
    Double latitude;
    Double longitude;

    private Builder() {
    }

    private Builder(TIMLocationElemContent source) {
      this.desc = source.desc;
      this.latitude = source.latitude;
      this.longitude = source.longitude;
    }

    /**
     * Sets {@code Desc} (required; must not be null).
     */
    public Builder desc(String desc) {
      Objects.requireNonNull(desc, "Desc");
      this.desc = desc;
      return this;
    }

    /**
     * Sets {@code Latitude} (required; must not be null).
     */
    public Builder latitude(Double latitude) {
      Objects.requireNonNull(latitude, "Latitude");
      this.latitude = latitude;
      return this;
    }

    /**
     * Sets {@code Longitude} (required; must not be null).
     */
    public Builder longitude(Double longitude) {
      Objects.requireNonNull(longitude, "Longitude");
      this.longitude = longitude;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public TIMLocationElemContent build() {
      ModelSupport.requirePresent(desc, "TIMLocationElemContent", "Desc");
      ModelSupport.requirePresent(latitude, "TIMLocationElemContent", "Latitude");
      ModelSupport.requirePresent(longitude, "TIMLocationElemContent", "Longitude");
      return new TIMLocationElemContent(this);
    }
  }
}

