// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMLocationElem}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class TIMLocationElemContent {
  final String desc;
  final Double latitude;
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
  public TIMLocationElemContent validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
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
     * @throws TimValidationException if {@code Desc}, {@code Latitude} or {@code Longitude} is not set
     *     (its {@code rule()} is {@code required}), or if {@code Latitude} is NaN or infinite ({@code finite}), or if {@code Longitude} is NaN or infinite ({@code finite})
     */
    public TIMLocationElemContent build() {
      ModelSupport.requirePresent(desc, "TIMLocationElemContent", "Desc");
      ModelSupport.requirePresent(latitude, "TIMLocationElemContent", "Latitude");
      ModelSupport.requirePresent(longitude, "TIMLocationElemContent", "Longitude");
      ModelSupport.requireFinite(latitude, "Latitude");
      ModelSupport.requireFinite(longitude, "Longitude");
      return new TIMLocationElemContent(this);
    }
  }
}

