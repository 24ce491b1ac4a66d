// Generated from spec/openapi.yaml by templates/tim_adapter.mustache. Do not edit: change the
// spec or the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/**
 * Reads and writes {@link TIMVideoFileElemContent} without reflection. Properties are written in spec order
 * and only when present; unknown properties are skipped and {@code null} reads as absent.
 */
final class TIMVideoFileElemContentJsonAdapter extends JsonAdapter<TIMVideoFileElemContent> {
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
        reader.skipName();
        reader.skipValue();
        continue;
      }
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
        continue;
      }
      // Cases are written as "n - 1": the template counts properties from 1, Moshi's options from 0.
      switch (index) {
        case 1 - 1:
          builder.videoUrl(reader.nextString());
          break;
        case 2 - 1:
          builder.videoUUID(reader.nextString());
          break;
        case 3 - 1:
          builder.videoSize(reader.nextLong());
          break;
        case 4 - 1:
          builder.videoSecond(reader.nextInt());
          break;
        case 5 - 1:
          builder.videoFormat(reader.nextString());
          break;
        case 6 - 1:
          builder.videoDownloadFlag(reader.nextInt());
          break;
        case 7 - 1:
          builder.thumbUrl(reader.nextString());
          break;
        case 8 - 1:
          builder.thumbUUID(reader.nextString());
          break;
        case 9 - 1:
          builder.thumbSize(reader.nextLong());
          break;
        case 10 - 1:
          builder.thumbWidth(reader.nextInt());
          break;
        case 11 - 1:
          builder.thumbHeight(reader.nextInt());
          break;
        case 12 - 1:
          builder.thumbFormat(reader.nextString());
          break;
        case 13 - 1:
          builder.thumbDownloadFlag(reader.nextInt());
          break;
        default:
          throw new AssertionError(index);
      }
    }
    reader.endObject();
    try {
      return builder.build();
    } catch (IllegalStateException e) {
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

