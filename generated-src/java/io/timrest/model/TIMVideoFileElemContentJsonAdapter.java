// Generated from spec/openapi.yaml by templates/tim_adapter.mustache. Do not edit: change the
// spec or the template and run mvn generate-sources.
package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.timrest.TimValidationException;
import java.io.IOException;

/**
 * Reads and writes {@link TIMVideoFileElemContent} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class TIMVideoFileElemContentJsonAdapter extends JsonAdapter<TIMVideoFileElemContent> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    VIDEO_URL,
    VIDEO_UUID,
    VIDEO_SIZE,
    VIDEO_SECOND,
    VIDEO_FORMAT,
    VIDEO_DOWNLOAD_FLAG,
    THUMB_URL,
    THUMB_UUID,
    THUMB_SIZE,
    THUMB_WIDTH,
    THUMB_HEIGHT,
    THUMB_FORMAT,
    THUMB_DOWNLOAD_FLAG
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "VideoUrl",
      "VideoUUID",
      "VideoSize",
      "VideoSecond",
      "VideoFormat",
      "VideoDownloadFlag",
      "ThumbUrl",
      "ThumbUUID",
      "ThumbSize",
      "ThumbWidth",
      "ThumbHeight",
      "ThumbFormat",
      "ThumbDownloadFlag"
  );

  TIMVideoFileElemContentJsonAdapter(Moshi moshi) {
  }

  @Override
  public TIMVideoFileElemContent fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    TIMVideoFileElemContent.Builder builder = TIMVideoFileElemContent.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case VIDEO_URL:
          if (isNull) {
            throw ModelSupport.unexpectedNull("VideoUrl", reader);
          }
          builder.videoUrl(ModelSupport.nextString(reader));
          break;
        case VIDEO_UUID:
          if (isNull) {
            throw ModelSupport.unexpectedNull("VideoUUID", reader);
          }
          builder.videoUUID(ModelSupport.nextString(reader));
          break;
        case VIDEO_SIZE:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.videoSize(reader.nextLong());
          }
          break;
        case VIDEO_SECOND:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.videoSecond(reader.nextInt());
          }
          break;
        case VIDEO_FORMAT:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.videoFormat(ModelSupport.nextString(reader));
          }
          break;
        case VIDEO_DOWNLOAD_FLAG:
          if (isNull) {
            throw ModelSupport.unexpectedNull("VideoDownloadFlag", reader);
          }
          builder.videoDownloadFlag(reader.nextInt());
          break;
        case THUMB_URL:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ThumbUrl", reader);
          }
          builder.thumbUrl(ModelSupport.nextString(reader));
          break;
        case THUMB_UUID:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ThumbUUID", reader);
          }
          builder.thumbUUID(ModelSupport.nextString(reader));
          break;
        case THUMB_SIZE:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.thumbSize(reader.nextLong());
          }
          break;
        case THUMB_WIDTH:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ThumbWidth", reader);
          }
          builder.thumbWidth(reader.nextInt());
          break;
        case THUMB_HEIGHT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ThumbHeight", reader);
          }
          builder.thumbHeight(reader.nextInt());
          break;
        case THUMB_FORMAT:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.thumbFormat(ModelSupport.nextString(reader));
          }
          break;
        case THUMB_DOWNLOAD_FLAG:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ThumbDownloadFlag", reader);
          }
          builder.thumbDownloadFlag(reader.nextInt());
          break;
      }
    }
    reader.endObject();
    if (builder.videoUrl == null) {
      throw ModelSupport.missing("VideoUrl", path);
    }
    if (builder.videoUUID == null) {
      throw ModelSupport.missing("VideoUUID", path);
    }
    if (builder.videoDownloadFlag == null) {
      throw ModelSupport.missing("VideoDownloadFlag", path);
    }
    if (builder.thumbUrl == null) {
      throw ModelSupport.missing("ThumbUrl", path);
    }
    if (builder.thumbUUID == null) {
      throw ModelSupport.missing("ThumbUUID", path);
    }
    if (builder.thumbWidth == null) {
      throw ModelSupport.missing("ThumbWidth", path);
    }
    if (builder.thumbHeight == null) {
      throw ModelSupport.missing("ThumbHeight", path);
    }
    if (builder.thumbDownloadFlag == null) {
      throw ModelSupport.missing("ThumbDownloadFlag", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, TIMVideoFileElemContent value) throws IOException {
    if (value == null) {
      throw new NullPointerException("TIMVideoFileElemContent was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("VideoUrl");
    writer.value(value.videoUrl);
    writer.name("VideoUUID");
    writer.value(value.videoUUID);
    if (value.videoSize != null) {
      writer.name("VideoSize");
      writer.value(value.videoSize);
    }
    if (value.videoSecond != null) {
      writer.name("VideoSecond");
      writer.value(value.videoSecond);
    }
    if (value.videoFormat != null) {
      writer.name("VideoFormat");
      writer.value(value.videoFormat);
    }
    writer.name("VideoDownloadFlag");
    writer.value(value.videoDownloadFlag);
    writer.name("ThumbUrl");
    writer.value(value.thumbUrl);
    writer.name("ThumbUUID");
    writer.value(value.thumbUUID);
    if (value.thumbSize != null) {
      writer.name("ThumbSize");
      writer.value(value.thumbSize);
    }
    writer.name("ThumbWidth");
    writer.value(value.thumbWidth);
    writer.name("ThumbHeight");
    writer.value(value.thumbHeight);
    if (value.thumbFormat != null) {
      writer.name("ThumbFormat");
      writer.value(value.thumbFormat);
    }
    writer.name("ThumbDownloadFlag");
    writer.value(value.thumbDownloadFlag);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TIMVideoFileElemContent)";
  }
}

