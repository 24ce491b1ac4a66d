package io.timrest;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.timrest.UserSig.Claims;
import io.timrest.UserSig.MalformedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;

/**
 * The JSON payload of a UserSig: {@code TLS.ver} "2.0", the claims ({@code TLS.identifier},
 * {@code TLS.sdkappid}, {@code TLS.time}, {@code TLS.expire}), the signature {@code TLS.sig} and
 * an optional {@code TLS.userbuf}. Read strictly: every field once and of its type, unknown fields
 * skipped, and no error message quotes a value (the signature is among them).
 */
final class UserSigJson {
  static final String VERSION = "2.0";

  private static final JsonReader.Options FIELDS = JsonReader.Options.of(
      "TLS.ver", "TLS.identifier", "TLS.sdkappid", "TLS.time", "TLS.expire", "TLS.sig",
      "TLS.userbuf");
  private static final int VER = 0;
  private static final int IDENTIFIER = 1;
  private static final int SDKAPPID = 2;
  private static final int TIME = 3;
  private static final int EXPIRE = 4;
  private static final int SIG = 5;
  private static final int USERBUF = 6;

  /**
   * What a UserSig says about itself: its claims, its signature and its {@code TLS.userbuf} (null
   * when absent). {@code toString()} shows no credential.
   */
  record Payload(Claims claims, String sig, String userbuf) {
    @Override
    public String toString() {
      return "Payload[" + claims + "]";
    }
  }

  private UserSigJson() {
  }

  static byte[] write(Claims claims, String sig) {
    Buffer buffer = new Buffer();
    // Key order as the official libraries write it; readers must not depend on it.
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject()
          .name("TLS.ver").value(VERSION)
          .name("TLS.identifier").value(claims.identifier())
          .name("TLS.sdkappid").value(claims.sdkAppId())
          .name("TLS.expire").value(claims.expire())
          .name("TLS.time").value(claims.time())
          .name("TLS.sig").value(sig)
          .endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to an in-memory buffer cannot fail", e);
    }
    return buffer.readByteArray();
  }

  /**
   * The payload of a version 2 UserSig.
   *
   * @throws MalformedException if {@code json} is not one; the message never quotes a value
   */
  static Payload read(byte[] json) {
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    String ver = null;
    String identifier = null;
    Long sdkAppId = null;
    Long time = null;
    Long expire = null;
    String sig = null;
    String userbuf = null;
    try {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new MalformedException("its payload is not a JSON object");
      }
      reader.beginObject();
      while (reader.hasNext()) {
        int field = reader.selectName(FIELDS);
        if (field == -1) {
          // Unknown fields are tolerated, as elsewhere in the API.
          reader.skipName();
          reader.skipValue();
          continue;
        }
        // A second copy of a field could be read one way here and another way by the server.
        boolean seen = switch (field) {
          case VER -> ver != null;
          case IDENTIFIER -> identifier != null;
          case SDKAPPID -> sdkAppId != null;
          case TIME -> time != null;
          case EXPIRE -> expire != null;
          case SIG -> sig != null;
          default -> userbuf != null;
        };
        if (seen) {
          throw new MalformedException("field '" + FIELDS.strings().get(field)
              + "' appears more than once");
        }
        switch (field) {
          case VER -> ver = readString(reader);
          case IDENTIFIER -> identifier = readString(reader);
          case SDKAPPID -> sdkAppId = readLong(reader);
          case TIME -> time = readLong(reader);
          case EXPIRE -> expire = readLong(reader);
          case SIG -> sig = readString(reader);
          case USERBUF -> userbuf = readString(reader);
          default -> throw new AssertionError(field);
        }
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new MalformedException("its payload has data after the JSON object");
      }
    } catch (JsonEncodingException | JsonDataException e) {
      // Moshi's messages can quote values (the signature among them), so only the path is kept.
      throw new MalformedException("its payload is not valid JSON (at " + reader.getPath() + ")");
    } catch (IOException e) {
      throw new MalformedException("its payload is not valid JSON (ends early)");
    }

    requirePresent(ver, "TLS.ver");
    requirePresent(identifier, "TLS.identifier");
    requirePresent(sdkAppId, "TLS.sdkappid");
    requirePresent(time, "TLS.time");
    requirePresent(expire, "TLS.expire");
    requirePresent(sig, "TLS.sig");
    // Other versions (1.0 used ECDSA) are signed differently; they cannot be checked here.
    if (!ver.equals(VERSION)) {
      throw new MalformedException("field 'TLS.ver' is not '" + VERSION + "', the only version"
          + " supported");
    }
    if (sig.isEmpty()) {
      throw new MalformedException("field 'TLS.sig' is empty");
    }
    Claims claims;
    try {
      claims = new Claims(identifier, sdkAppId, time, expire);
    } catch (IllegalArgumentException e) {
      throw new MalformedException(e.getMessage());
    }
    return new Payload(claims, sig, userbuf);
  }

  private static String readString(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.STRING) {
      throw new MalformedException("field at " + reader.getPath() + " is not a string");
    }
    return reader.nextString();
  }

  private static long readLong(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.NUMBER) {
      throw new MalformedException("field at " + reader.getPath() + " is not a number");
    }
    String path = reader.getPath();
    try {
      return reader.nextLong();
    } catch (JsonDataException e) {
      throw new MalformedException("field at " + path + " is not a whole number in the 64-bit"
          + " range");
    }
  }

  private static void requirePresent(Object value, String name) {
    if (value == null) {
      throw new MalformedException("field '" + name + "' is missing");
    }
  }
}
