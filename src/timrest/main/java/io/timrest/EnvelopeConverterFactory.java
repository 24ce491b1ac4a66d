package io.timrest;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.timrest.model.Envelope;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.POST;

/**
 * The one place that turns response bodies into models and failures: it reads the envelope first
 * ({@code ActionStatus}, {@code ErrorCode}), throws {@link TimApiException} for FAIL or a non-zero
 * code, and only then reads the typed response. Request bodies are written with the same Moshi.
 */
final class EnvelopeConverterFactory extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** The two envelope fields that decide success, found without reading the rest of a response. */
  private static final JsonReader.Options STATUS_NAMES = JsonReader.Options.of("ActionStatus", "ErrorCode");

  private final Moshi moshi;
  private final JsonAdapter<Envelope> envelopeAdapter;
  private final RequestValidation validation;

  EnvelopeConverterFactory(Moshi moshi, RequestValidation validation) {
    this.moshi = moshi;
    this.envelopeAdapter = moshi.adapter(Envelope.class);
    this.validation = validation;
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
    String operation = operationOf(annotations);
    if (type == Envelope.class) {
      // The typed response is the envelope itself: one parse, not a peek and a second parse.
      return body -> {
        try (body) {
          return checked(envelopeAdapter.fromJson(JsonReader.of(body.source())), operation);
        }
      };
    }
    JsonAdapter<Object> adapter = moshi.adapter(type);
    return body -> {
      try (body) {
        JsonReader reader = JsonReader.of(body.source());
        boolean ok;
        try (JsonReader peeked = reader.peekJson()) {
          ok = isOk(peeked);
        }
        if (!ok) {
          try (JsonReader peeked = reader.peekJson()) {
            checked(envelopeAdapter.fromJson(peeked), operation); // throws, with the whole envelope
          }
        }
        return adapter.fromJson(reader);
      }
    };
  }

  /**
   * Whether the response is an object whose {@code ActionStatus} is "OK" and {@code ErrorCode} 0,
   * reading only as far as those two fields (the documented responses put them first).
   */
  private static boolean isOk(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return false;
    }
    reader.beginObject();
    int found = 0;
    while (found < 2 && reader.hasNext()) {
      switch (reader.selectName(STATUS_NAMES)) {
        case 0:
          if (reader.peek() != JsonReader.Token.STRING || !Envelope.ACTION_STATUS_OK.equals(reader.nextString())) {
            return false;
          }
          found++;
          break;
        case 1:
          if (reader.peek() != JsonReader.Token.NUMBER || reader.nextLong() != 0) {
            return false;
          }
          found++;
          break;
        default:
          reader.skipName();
          reader.skipValue();
      }
    }
    return found == 2;
  }

  /** Returns an OK envelope; throws for JSON null, FAIL or a non-zero code. */
  private static Envelope checked(Envelope envelope, String operation) throws IOException {
    if (envelope == null) {
      throw new IOException("the response body is JSON null, not the API's envelope");
    }
    if (!Envelope.ACTION_STATUS_OK.equals(envelope.actionStatus()) || envelope.errorCode() != 0) {
      throw new TimApiException(
          operation,
          envelope.errorCode(),
          envelope.errorInfo().orElse(null),
          envelope.errorDisplay().orElse(null));
    }
    return envelope;
  }

  /** The operation is named by its path, as in the spec's error tables. */
  private static String operationOf(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof POST) {
        return ((POST) annotation).value();
      }
    }
    throw new IllegalArgumentException("every timrest operation is a @POST");
  }
}
