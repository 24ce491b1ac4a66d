// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMLocationElem}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
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

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Desc}, {@code Latitude} and {@code Longitude}.
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
   * {@code Desc} (required): Description of the location.
   *
   * @return the value; never null, the property is required
   */
  public String desc() {
    return desc;
  }

  /**
   * {@code Latitude} (required): Latitude in degrees.
   *
   * @return the value; never null, the property is required
   */
  public double latitude() {
    return latitude;
  }

  /**
   * {@code Longitude} (required): Longitude in degrees.
   *
   * @return the value; never null, the property is required
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

  /**
   * Builds a {@link TIMLocationElemContent}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
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
     * Sets {@code Desc} (required): Description of the location.
     *
     * @param desc the value; not null
     * @return this builder
     * @throws NullPointerException if {@code desc} is null; the message names the property
     */
    public Builder desc(String desc) {
      Objects.requireNonNull(desc, "Desc");
      this.desc = desc;
      return this;
    }

    /**
     * Sets {@code Latitude} (required): Latitude in degrees.
     *
     * @param latitude the value; not null
     * @return this builder
     * @throws NullPointerException if {@code latitude} is null; the message names the property
     */
    public Builder latitude(Double latitude) {
      Objects.requireNonNull(latitude, "Latitude");
      this.latitude = latitude;
      return this;
    }

    /**
     * Sets {@code Longitude} (required): Longitude in degrees.
     *
     * @param longitude the value; not null
     * @return this builder
     * @throws NullPointerException if {@code longitude} is null; the message names the property
     */
    public Builder longitude(Double longitude) {
      Objects.requireNonNull(longitude, "Longitude");
      this.longitude = longitude;
      return this;
    }

    /**
     * Builds the immutable {@code TIMLocationElemContent}.
     *
     * @return the new value
     * @throws IllegalStateException if {@code Desc}, {@code Latitude} or {@code Longitude} is not set; the message names the missing property
     */
    public TIMLocationElemContent build() {
      ModelSupport.requirePresent(desc, "TIMLocationElemContent", "Desc");
      ModelSupport.requirePresent(latitude, "TIMLocationElemContent", "Latitude");
      ModelSupport.requirePresent(longitude, "TIMLocationElemContent", "Longitude");
      return new TIMLocationElemContent(this);
    }
  }
}

