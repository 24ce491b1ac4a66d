// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMImageElem}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class TIMImageElemContent {
  final String uuid;
  final Integer imageFormat;
  final List<ImageInfo> imageInfoArray;

  private TIMImageElemContent(Builder builder) {
    this.uuid = builder.uuid;
    this.imageFormat = builder.imageFormat;
    this.imageInfoArray = ModelSupport.unmodifiableCopy(builder.imageInfoArray);
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code UUID}, {@code ImageFormat} and {@code ImageInfoArray}.
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
  public TIMImageElemContent validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.validateEach(imageInfoArray, at, "ImageInfoArray");
  }

  /**
   * {@code UUID} (required): Unique ID of the image.
   *
   * @return the value; never null, the property is required
   */
  public String uuid() {
    return uuid;
  }

  /**
   * {@code ImageFormat} (required): Image format: 1 JPG, 2 GIF, 3 PNG, 4 BMP, 255 other.
   *
   * @return the value; never null, the property is required
   */
  public int imageFormat() {
    return imageFormat;
  }

  /**
   * {@code ImageInfoArray} (required): The original image, a large copy and a thumbnail.
   *
   * @return the value, an unmodifiable list; never null, the property is required
   */
  public List<ImageInfo> imageInfoArray() {
    return imageInfoArray;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMImageElemContent)) {
      return false;
    }
    TIMImageElemContent other = (TIMImageElemContent) o;
    return Objects.equals(uuid, other.uuid)
        && Objects.equals(imageFormat, other.imageFormat)
        && Objects.equals(imageInfoArray, other.imageInfoArray);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uuid, imageFormat, imageInfoArray);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMImageElemContent")
        .add("UUID", uuid)
        .add("ImageFormat", imageFormat)
        .add("ImageInfoArray", imageInfoArray)
        .toString();
  }

  /**
   * Builds a {@link TIMImageElemContent}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String uuid;
    Integer imageFormat;
    List<ImageInfo> imageInfoArray;

    private Builder() {
    }

    private Builder(TIMImageElemContent source) {
      this.uuid = source.uuid;
      this.imageFormat = source.imageFormat;
      this.imageInfoArray = source.imageInfoArray;
    }

    /**
     * Sets {@code UUID} (required): Unique ID of the image.
     *
     * @param uuid the value; not null
     * @return this builder
     * @throws NullPointerException if {@code uuid} is null; the message names the property
     */
    public Builder uuid(String uuid) {
      Objects.requireNonNull(uuid, "UUID");
      this.uuid = uuid;
      return this;
    }

    /**
     * Sets {@code ImageFormat} (required): Image format: 1 JPG, 2 GIF, 3 PNG, 4 BMP, 255 other.
     *
     * @param imageFormat the value; not null
     * @return this builder
     * @throws NullPointerException if {@code imageFormat} is null; the message names the property
     */
    public Builder imageFormat(Integer imageFormat) {
      Objects.requireNonNull(imageFormat, "ImageFormat");
      this.imageFormat = imageFormat;
      return this;
    }

    /**
     * Sets {@code ImageInfoArray} (required): The original image, a large copy and a thumbnail.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param imageInfoArray the value; not null
     * @return this builder
     * @throws NullPointerException if {@code imageInfoArray} is null or holds null; the message names the property
     */
    public Builder imageInfoArray(List<ImageInfo> imageInfoArray) {
      Objects.requireNonNull(imageInfoArray, "ImageInfoArray");
      this.imageInfoArray = ModelSupport.copyWithoutNulls(imageInfoArray, "ImageInfoArray");
      return this;
    }

    /**
     * Builds the immutable {@code TIMImageElemContent}.
     *
     * @return the new value
     * @throws TimValidationException if {@code UUID}, {@code ImageFormat} or {@code ImageInfoArray} is not set
     *     (its {@code rule()} is {@code required})
     */
    public TIMImageElemContent build() {
      ModelSupport.requirePresent(uuid, "TIMImageElemContent", "UUID");
      ModelSupport.requirePresent(imageFormat, "TIMImageElemContent", "ImageFormat");
      ModelSupport.requirePresent(imageInfoArray, "TIMImageElemContent", "ImageInfoArray");
      return new TIMImageElemContent(this);
    }
  }
}

