// Generated from spec/openapi.yaml by templates/tim_adapter.mustache. Do not edit: change the
// spec or the template and run mvn generate-sources.
package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * Reads and writes {@link MsgElement} by its {@code MsgType}, which may appear anywhere in the
 * object. An element of an unknown type is kept as its exact JSON text ({@link MsgElement.Unknown}).
 */
final class MsgElementJsonAdapter extends JsonAdapter<MsgElement> {
  private static final JsonReader.Options DISCRIMINATOR = JsonReader.Options.of("MsgType");
  private static final List<String> TYPES = List.of(
      "TIMCustomElem",
      "TIMFaceElem",
      "TIMFileElem",
      "TIMImageElem",
      "TIMLocationElem",
      "TIMSoundElem",
      "TIMTextElem",
      "TIMVideoFileElem"
  );
  private static final JsonReader.Options TYPE_OPTIONS = JsonReader.Options.of(TYPES.toArray(new String[0]));

  /** Adapters of the known element types, in the order of {@link #TYPES}. */
  private final List<JsonAdapter<MsgElement>> variants;

  MsgElementJsonAdapter(Moshi moshi) {
    this.variants = List.of(
        variant(moshi, TIMCustomElem.class),
        variant(moshi, TIMFaceElem.class),
        variant(moshi, TIMFileElem.class),
        variant(moshi, TIMImageElem.class),
        variant(moshi, TIMLocationElem.class),
        variant(moshi, TIMSoundElem.class),
        variant(moshi, TIMTextElem.class),
        variant(moshi, TIMVideoFileElem.class)
    );
  }

  @SuppressWarnings("unchecked") // Each variant adapter only ever receives its own class (see toJson).
  private static JsonAdapter<MsgElement> variant(Moshi moshi, Class<? extends MsgElement> type) {
    return (JsonAdapter<MsgElement>) moshi.adapter(type);
  }

  @Override
  public MsgElement fromJson(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException("Expected a MsgElement object but was " + reader.peek() + " at " + reader.getPath());
    }
    String path = reader.getPath();
    int index;
    String type;
    try (JsonReader peeked = reader.peekJson()) {
      peeked.setFailOnUnknown(false); // it only looks for the discriminator; the variant's adapter reads the names
      peeked.beginObject();
      index = -1;
      type = null;
      while (peeked.hasNext()) {
        if (peeked.selectName(DISCRIMINATOR) == -1) {
          peeked.skipName();
          peeked.skipValue();
          continue;
        }
        if (peeked.peek() != JsonReader.Token.STRING) {
          throw new JsonDataException("MsgType must be a string at " + path);
        }
        index = peeked.selectString(TYPE_OPTIONS);
        type = index == -1 ? peeked.nextString() : TYPES.get(index);
        break;
      }
    }
    if (type == null) {
      throw new JsonDataException("Missing MsgType in MsgElement at " + path);
    }
    if (index != -1) {
      return variants.get(index).fromJson(reader);
    }
    try (BufferedSource source = reader.nextSource()) {
      return MsgElement.Unknown.read(type, source.readUtf8());
    }
  }

  @Override
  public void toJson(JsonWriter writer, MsgElement value) throws IOException {
    if (value == null) {
      throw new NullPointerException("MsgElement was null; wrap the adapter in nullSafe() to write null");
    }
    if (value instanceof MsgElement.Unknown) {
      try (BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8((((MsgElement.Unknown) value)).json());
      }
      return;
    }
    variants.get(TYPES.indexOf(value.msgType())).toJson(writer, value);
  }

  @Override
  public String toString() {
    return "JsonAdapter(MsgElement)";
  }
}

