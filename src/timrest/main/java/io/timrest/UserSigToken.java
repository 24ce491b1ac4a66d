package io.timrest;

import io.timrest.UserSig.MalformedException;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How a UserSig's JSON payload ({@link UserSigJson}) is packed into the string: zlib-compressed,
 * then Base64 with {@code + / =} replaced by {@code * - _} so that it is safe in a URL query.
 * Unpacking bounds the input and the inflated size, so that hostile input (a megabyte-long string,
 * a zip bomb) costs no memory before it is rejected.
 */
final class UserSigToken {
  /** A genuine UserSig is a few hundred characters; the bounds only stop hostile input. */
  static final int MAX_USERSIG_CHARS = 64 * 1024;
  static final int MAX_INFLATED_BYTES = 64 * 1024;

  private UserSigToken() {
  }

  /** The UserSig string of a JSON payload. */
  static String pack(byte[] json) {
    return toUrlAlphabet(Base64.getEncoder().encodeToString(deflate(json)));
  }

  /**
   * The JSON payload of a UserSig string.
   *
   * @throws MalformedException if it is not a packed payload; the message never repeats it
   */
  static byte[] unpack(String userSig) {
    if (userSig.isEmpty()) {
      throw new MalformedException("it is empty");
    }
    if (userSig.length() > MAX_USERSIG_CHARS) {
      throw new MalformedException("it is longer than " + MAX_USERSIG_CHARS + " characters");
    }
    for (int i = 0; i < userSig.length(); i++) {
      if (!isUrlAlphabet(userSig.charAt(i))) {
        throw new MalformedException("character at index " + i + " is not in the UserSig"
            + " alphabet (A-Z, a-z, 0-9, '*', '-', '_')");
      }
    }
    byte[] compressed;
    try {
      compressed = Base64.getDecoder().decode(fromUrlAlphabet(userSig));
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes input characters, so it is not passed on.
      throw new MalformedException("it is not valid Base64 (after mapping '*' '-' '_' back to"
          + " '+' '/' '=')");
    }
    return inflate(compressed);
  }

  private static byte[] deflate(byte[] input) {
    // Default level, like the official Java library; the server accepts any level.
    Deflater deflater = new Deflater();
    try {
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length);
      byte[] chunk = new byte[512];
      while (!deflater.finished()) {
        out.write(chunk, 0, deflater.deflate(chunk));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] inflate(byte[] compressed) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(chunk);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new MalformedException("its zlib data is truncated");
        }
        out.write(chunk, 0, n);
        if (out.size() > MAX_INFLATED_BYTES) {
          throw new MalformedException("it inflates to more than " + MAX_INFLATED_BYTES
              + " bytes");
        }
      }
      if (inflater.getRemaining() > 0) {
        throw new MalformedException("it has bytes after the end of its zlib data");
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new MalformedException("it is not zlib-compressed data");
    } finally {
      inflater.end();
    }
  }

  /** Whether {@code c} is in the UserSig's URL-safe Base64 alphabet, which a query needs not encode. */
  static boolean isUrlAlphabet(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '*' || c == '-' || c == '_';
  }

  private static String toUrlAlphabet(String base64) {
    return base64.replace('+', '*').replace('/', '-').replace('=', '_');
  }

  private static String fromUrlAlphabet(String userSig) {
    return userSig.replace('*', '+').replace('-', '/').replace('_', '=');
  }
}
