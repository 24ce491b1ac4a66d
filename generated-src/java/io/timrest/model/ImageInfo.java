// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * One size of an image: the original, a large copy or a thumbnail.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class ImageInfo {
  final Integer type;
  final Long size;
  final Integer width;
  final Integer height;
  final String url;

  private ImageInfo(Builder builder) {
    this.type = builder.type;
    this.size = builder.size;
    this.width = builder.width;
    this.height = builder.height;
    this.url = builder.url;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Type}, {@code Size}, {@code Width}, {@code Height} and {@code URL}.
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
  public ImageInfo validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
  }

  /**
   * {@code Type} (required): 1 original, 2 large, 3 thumbnail.
   *
   * @return the value; never null, the property is required
   */
  public int type() {
    return type;
  }

  /**
   * {@code Size} (required): Size in bytes.
   *
   * @return the value; never null, the property is required
   */
  public long size() {
    return size;
  }

  /**
   * {@code Width} (required): Width in pixels.
   *
   * @return the value; never null, the property is required
   */
  public int width() {
    return width;
  }

  /**
   * {@code Height} (required): Height in pixels.
   *
   * @return the value; never null, the property is required
   */
  public int height() {
    return height;
  }

  /**
   * {@code URL} (required): Download URL.
   *
   * @return the value; never null, the property is required
   */
  public String url() {
    return url;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImageInfo)) {
      return false;
    }
    ImageInfo other = (ImageInfo) o;
    return Objects.equals(type, other.type)
        && Objects.equals(size, other.size)
        && Objects.equals(width, other.width)
        && Objects.equals(height, other.height)
        && Objects.equals(url, other.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, size, width, height, url);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImageInfo")
        .add("Type", type)
        .add("Size", size)
        .add("Width", width)
        .add("Height", height)
        .add("URL", url)
        .toString();
  }

  /**
   * Builds a {@link ImageInfo}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    Integer type;
    Long size;
    Integer width;
    Integer height;
    String url;

    private Builder() {
    }

    private Builder(ImageInfo source) {
      this.type = source.type;
      this.size = source.size;
      this.width = source.width;
      this.height = source.height;
      this.url = source.url;
    }

    /**
     * Sets {@code Type} (required): 1 original, 2 large, 3 thumbnail.
     *
     * @param type the value; not null
     * @return this builder
     * @throws NullPointerException if {@code type} is null; the message names the property
     */
    public Builder type(Integer type) {
      Objects.requireNonNull(type, "Type");
      this.type = type;
      return this;
    }

    /**
     * Sets {@code Size} (required): Size in bytes.
     *
     * @param size the value; not null
     * @return this builder
     * @throws NullPointerException if {@code size} is null; the message names the property
     */
    public Builder size(Long size) {
      Objects.requireNonNull(size, "Size");
      this.size = size;
      return this;
    }

    /**
     * Sets {@code Width} (required): Width in pixels.
     *
     * @param width the value; not null
     * @return this builder
     * @throws NullPointerException if {@code width} is null; the message names the property
     */
    public Builder width(Integer width) {
      Objects.requireNonNull(width, "Width");
      this.width = width;
      return this;
    }

    /**
     * Sets {@code Height} (required): Height in pixels.
     *
     * @param height the value; not null
     * @return this builder
     * @throws NullPointerException if {@code height} is null; the message names the property
     */
    public Builder height(Integer height) {
      Objects.requireNonNull(height, "Height");
      this.height = height;
      return this;
    }

    /**
     * Sets {@code URL} (required): Download URL.
     *
     * @param url the value; not null
     * @return this builder
     * @throws NullPointerException if {@code url} is null; the message names the property
     */
    public Builder url(String url) {
      Objects.requireNonNull(url, "URL");
      this.url = url;
      return this;
    }

    /**
     * Builds the immutable {@code ImageInfo}.
     *
     * @return the new value
     * @throws TimValidationException if {@code Type}, {@code Size}, {@code Width}, {@code Height} or {@code URL} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ImageInfo build() {
      ModelSupport.requirePresent(type, "ImageInfo", "Type");
      ModelSupport.requirePresent(size, "ImageInfo", "Size");
      ModelSupport.requirePresent(width, "ImageInfo", "Width");
      ModelSupport.requirePresent(height, "ImageInfo", "Height");
      ModelSupport.requirePresent(url, "ImageInfo", "URL");
      return new ImageInfo(this);
    }
  }
}

