package io.timrest;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.timrest.model.Envelope;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The one place that turns response bodies into models and failures: it reads the answer once, as
 * it streams in, checking the envelope ({@code ActionStatus}, {@code ErrorCode}) strictly, throws
 * {@link TimApiException} for FAIL or a non-zero code, and only then reads the typed response from
 * a compact copy of the other members. Request bodies are written with the same Moshi.
 */
final class EnvelopeConverterFactory extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** A JSON integer literal: optional minus, no leading zero, no fraction or exponent. */
  private static final Pattern INTEGER = Pattern.compile("0|-?[1-9][0-9]{0,18}");
  /** Deeper than any documented answer; Moshi's readers refuse more than 255 levels anyway. */
  private static final int MAX_DEPTH = 64;

  private final Moshi moshi;
  private final RequestValidation validation;
  private final CredentialScrubber scrubber;

  EnvelopeConverterFactory(Moshi moshi, RequestValidation validation, CredentialScrubber scrubber) {
    this.moshi = moshi;
    this.validation = validation;
    this.scrubber = scrubber;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    JsonAdapter<Object> adapter = moshi.adapter(type);
    return value -> {
      Buffer buffer = new Buffer();
      adapter.toJson(buffer, value);
      try {
        validation.checkSerializedSize(value, buffer.size());
      } catch (TimValidationException e) {
        buffer.clear();
        throw e;
      }
      return new SentOnceBody(buffer.readByteString(), JSON);
    };
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    String operation = Exchange.operationOf(annotations);
    JsonAdapter<?> adapter = type == Envelope.class ? null : moshi.adapter(type);
    return body -> {
      try (body) {
        Buffer members = new Buffer();
        Envelope envelope = readEnvelope(JsonReader.of(body.source()), members, operation);
        if (adapter == null) {
          return envelope; // the typed response is the envelope itself
        }
        JsonReader typed = JsonReader.of(members);
        Object value = adapter.fromJson(typed);
        if (typed.peek() != JsonReader.Token.END_DOCUMENT) {
          throw new JsonEncodingException("unread data after the response at " + typed.getPath());
        }
        return value;
      }
    };
  }

  /**
   * Reads the whole answer once, as it streams in: the envelope fields with the strict rules of the
   * API ({@code ActionStatus} a string, {@code ErrorCode} an integer, each once), every other member
   * copied token by token into {@code members} (as compact JSON, the envelope fields first) for the
   * typed adapter. The document must end after the object. Throws {@link TimApiException} for
   * FAIL or a non-zero code, before the typed response is read at all.
   */
  private Envelope readEnvelope(JsonReader reader, Buffer members, String operation) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonEncodingException("the response is " + reader.peek() + ", not the API's JSON object at $");
    }
    Buffer rest = new Buffer();
    JsonWriter copy = JsonWriter.of(rest);
    copy.setSerializeNulls(true);
    copy.beginObject();
    Envelope.Builder envelope = Envelope.builder();
    String actionStatus = null;
    Integer errorCode = null;
    Set<String> names = new HashSet<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (!names.add(name)) {
        throw new JsonDataException("a member appears twice at " + reader.getPath());
      }
      switch (name) {
        case "ActionStatus":
          actionStatus = nullableString(reader);
          break;
        case "ErrorCode":
          if (reader.peek() == JsonReader.Token.NULL) {
            reader.nextNull(); // absent, as the generated adapters read null
          } else {
            errorCode = strictInt(reader);
          }
          break;
        case "ErrorInfo":
          envelope.errorInfo(scrubber.scrub(nullableString(reader)));
          break;
        case "ErrorDisplay":
          envelope.errorDisplay(scrubber.scrub(nullableString(reader)));
          break;
        default:
          copy.name(name);
          copyValue(reader, copy, 0);
      }
    }
    reader.endObject();
    copy.endObject();
    copy.close();
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonEncodingException("data after the response object at " + reader.getPath());
    }
    if (actionStatus == null) {
      throw new JsonDataException("Required property 'ActionStatus' missing at $");
    }
    if (Envelope.ACTION_STATUS_OK.equals(actionStatus) && errorCode == null) {
      throw new JsonDataException("Required property 'ErrorCode' missing at $");
    }
    if (!Envelope.ACTION_STATUS_OK.equals(actionStatus) || errorCode != 0) {
      Envelope failed = envelope.actionStatus(actionStatus).errorCode(errorCode == null ? 0 : errorCode).build();
      throw new TimApiException(
          operation, failed.errorCode(), failed.errorInfo().orElse(null), failed.errorDisplay().orElse(null));
    }
    Envelope answer = envelope.actionStatus(actionStatus).errorCode(errorCode).build();
    // The typed adapter reads the envelope fields too: they go first, as the documented answers have them.
    JsonWriter head = JsonWriter.of(members);
    head.beginObject();
    head.name("ActionStatus").value(actionStatus);
    head.name("ErrorCode").value(errorCode.longValue());
    if (answer.errorInfo().isPresent()) {
      head.name("ErrorInfo").value(answer.errorInfo().get());
    }
    if (answer.errorDisplay().isPresent()) {
      head.name("ErrorDisplay").value(answer.errorDisplay().get());
    }
    head.flush();
    rest.readByte(); // its own '{'
    if (rest.size() > 1) {
      members.writeByte(',');
    }
    members.writeAll(rest);
    return answer;
  }

  private static String strictString(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a string at " + reader.getPath());
    }
    return reader.nextString();
  }

  private static String nullableString(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return strictString(reader);
  }

  /** A JSON integer as written: no quotes, no fraction, no exponent, within 32 bits. */
  private static int strictInt(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.NUMBER) {
      throw new JsonDataException("Expected an integer at " + reader.getPath());
    }
    String path = reader.getPath();
    String literal = reader.nextString();
    if (!INTEGER.matcher(literal).matches()) {
      throw new JsonDataException("Expected an integer at " + path);
    }
    try {
      return Integer.parseInt(literal);
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected a 32-bit integer at " + path);
    }
  }

  /** Copies one value token by token, so that nothing but valid JSON reaches the typed adapter. */
  private static void copyValue(JsonReader reader, JsonWriter writer, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new JsonDataException("nested too deeply at " + reader.getPath());
    }
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
          writer.name(reader.nextName());
          copyValue(reader, writer, depth + 1);
        }
        reader.endObject();
        writer.endObject();
        break;
      case BEGIN_ARRAY:
        reader.beginArray();
        writer.beginArray();
        while (reader.hasNext()) {
          copyValue(reader, writer, depth + 1);
        }
        reader.endArray();
        writer.endArray();
        break;
      case STRING:
        writer.value(reader.nextString());
        break;
      case NUMBER:
        try (BufferedSink sink = writer.valueSink()) {
          sink.writeUtf8(reader.nextString()); // the literal, exactly: a JSON number as the reader accepted it
        }
        break;
      case BOOLEAN:
        writer.value(reader.nextBoolean());
        break;
      case NULL:
        reader.nextNull();
        writer.nullValue();
        break;
      default:
        throw new JsonDataException("Unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }
}
