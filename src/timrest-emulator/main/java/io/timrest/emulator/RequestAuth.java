package io.timrest.emulator;

import io.timrest.UserSig;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The common query parameters of every call (docs/server-rules.md §1) and UserSig verification (§7).
 *
 * <p>Checks, in this order, each answered with the first failing code:
 *
 * <ol>
 *   <li>{@code sdkappid} missing or empty: 60012;
 *   <li>{@code sdkappid} not this emulator's SDKAppID: 60006;
 *   <li>{@code usersig} missing or empty: 70002;
 *   <li>UserSig verified for the emulator's SDKAppID and key and the query's {@code identifier}:
 *       malformed 70003, other SDKAppID 70014, other identifier 70013, expired 70001, bad
 *       signature 70003 (a missing {@code identifier} cannot match: 70013);
 *   <li>{@code identifier} not the App admin: 90009 for {@code openim}, 60010 otherwise;
 *   <li>{@code random} missing or not an unsigned 32-bit integer, or {@code contenttype} present
 *       and not {@code json}: 60002. Stricter than the documentation, which only describes the
 *       parameters: a client that gets these wrong should learn it here, not from production.
 * </ol>
 *
 * <p>Names and values are case-sensitive; when a parameter repeats, the first occurrence counts.
 * No ErrorInfo text contains the UserSig or the key.
 */
final class RequestAuth {
  private final long sdkAppId;
  private final String secretKey;
  private final String admin;
  private final Clock clock;

  RequestAuth(EmulatorConfig config) {
    this.sdkAppId = config.sdkAppId();
    this.secretKey = config.secretKey();
    this.admin = config.adminIdentifier();
    this.clock = config.clock();
  }

  /** The failure for this query, or null when the call may proceed. */
  Reply check(String rawQuery, String service) {
    Map<String, String> query = parseQuery(rawQuery);
    String appId = query.get("sdkappid");
    if (appId == null || appId.isEmpty()) {
      return Reply.fail(60012, "sdkappid is missing");
    }
    if (!appId.equals(Long.toString(sdkAppId))) {
      return Reply.fail(60006, "SDKAppID is invalid");
    }
    String userSig = query.get("usersig");
    if (userSig == null || userSig.isEmpty()) {
      return Reply.fail(70002, "usersig is missing");
    }
    String identifier = query.get("identifier");
    if (identifier == null || identifier.isEmpty()) {
      return Reply.fail(70013, "identifier is missing, so it cannot match the UserSig");
    }
    UserSig.Verification verification = UserSig.verify(userSig, sdkAppId, secretKey, identifier, clock);
    if (!verification.isValid()) {
      UserSig.Failure failure = verification.failure().orElse(UserSig.Failure.MALFORMED);
      switch (failure) {
        case SDKAPPID_MISMATCH:
          return Reply.fail(70014, "the UserSig was issued for another SDKAppID");
        case IDENTIFIER_MISMATCH:
          return Reply.fail(70013, "the UserSig was issued for another identifier");
        case EXPIRED:
          return Reply.fail(70001, "the UserSig has expired");
        case BAD_SIGNATURE:
          return Reply.fail(70003, "the UserSig signature is invalid");
        case MALFORMED:
        default:
          return Reply.fail(70003, "the UserSig is malformed");
      }
    }
    if (!identifier.equals(admin)) {
      return "openim".equals(service)
          ? Reply.fail(90009, "the request requires App admin permissions")
          : Reply.fail(60010, "identifier is not an App admin");
    }
    if (!Json.isUint32Text(query.get("random"))) {
      return Reply.fail(60002, "random must be an unsigned 32-bit integer");
    }
    String contentType = query.get("contenttype");
    if (contentType != null && !contentType.equals("json")) {
      return Reply.fail(60002, "contenttype must be json");
    }
    return null;
  }

  static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> query = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        query.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A malformed %-escape: keep the raw text, which then fails whatever check reads it.
        query.putIfAbsent(name, value);
      }
    }
    return query;
  }
}
