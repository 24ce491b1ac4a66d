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
public final class TIMImageElemContent {

  @Json(name = "UUID")
  final String uuid;
  @Json(name = "ImageFormat")
  final Integer imageFormat;
  @Json(name = "ImageInfoArray")
  final List<ImageInfo> imageInfoArray;

  private TIMImageElemContent(Builder builder) {
    this.uuid = builder.uuid;
    this.imageFormat = builder.imageFormat;
    this.imageInfoArray = ModelSupport.unmodifiableCopy(builder.imageInfoArray);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code UUID} (required): Unique ID of the image.
   */
  public String uuid() {
    return uuid;
  }

  /**
   * {@code ImageFormat} (required): Image format: 1 JPG, 2 GIF, 3 PNG, 4 BMP, 255 other.
   */
  public int imageFormat() {
    return imageFormat;
  }

  /**
   * {@code ImageInfoArray} (required): The original image, a large copy and a thumbnail.
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

  /** Builds a {@link TIMImageElemContent}; {@link #build()} checks that every required property is set. */
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
     * Sets {@code UUID} (required; must not be null).
     */
    public Builder uuid(String uuid) {
      Objects.requireNonNull(uuid, "UUID");
      this.uuid = uuid;
      return this;
    }

    /**
     * Sets {@code ImageFormat} (required; must not be null).
     */
    public Builder imageFormat(Integer imageFormat) {
      Objects.requireNonNull(imageFormat, "ImageFormat");
      this.imageFormat = imageFormat;
      return this;
    }

    /**
     * Sets {@code ImageInfoArray} (required; must not be null).
     * The list is copied; it must not contain null.
     */
    public Builder imageInfoArray(List<ImageInfo> imageInfoArray) {
      Objects.requireNonNull(imageInfoArray, "ImageInfoArray");
      this.imageInfoArray = ModelSupport.copyWithoutNulls(imageInfoArray, "ImageInfoArray");
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public TIMImageElemContent build() {
      ModelSupport.requirePresent(uuid, "TIMImageElemContent", "UUID");
      ModelSupport.requirePresent(imageFormat, "TIMImageElemContent", "ImageFormat");
      ModelSupport.requirePresent(imageInfoArray, "TIMImageElemContent", "ImageInfoArray");
      return new TIMImageElemContent(this);
    }
  }
}

