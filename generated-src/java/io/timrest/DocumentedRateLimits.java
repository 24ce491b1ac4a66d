// Generated from spec/openapi.yaml by templates/tim_rate_limits.mustache. Do not edit: change the
// spec (x-rate-limit-per-second) or the template and run mvn generate-sources.
package io.timrest;

import java.util.HashMap;
import java.util.Map;

/**
 * Each operation's documented call limit ({@code x-rate-limit-per-second}), by path as in the
 * Retrofit interfaces. Package-private: callers see it through {@link RateLimit#documented()}.
 */
final class DocumentedRateLimits {
  /** Calls per second, by operation path. */
  static final Map<String, Integer> PER_SECOND = perSecond();

  private DocumentedRateLimits() {
  }

  private static Map<String, Integer> perSecond() {
    Map<String, Integer> limits = new HashMap<>();
    limits.put("v4/im_open_login_svc/account_import", 200);
    limits.put("v4/im_open_login_svc/multiaccount_import", 100);
    limits.put("v4/openim/admin_getroammsg", 200);
    limits.put("v4/openim/importmsg", 200);
    limits.put("v4/openim/modify_c2c_msg", 200);
    limits.put("v4/openim/sendmsg", 200);
    limits.put("v4/group_open_http_svc/group_msg_get_simple", 200);
    limits.put("v4/group_open_http_svc/import_group_msg", 200);
    limits.put("v4/openim/modify_group_msg", 200);
    limits.put("v4/group_open_http_svc/send_group_msg", 200);
    limits.put("v4/group_open_http_svc/create_group", 200);
    limits.put("v4/group_open_http_svc/import_group", 200);
    limits.put("v4/group_open_http_svc/import_group_member", 200);
    limits.put("v4/group_open_http_svc/set_unread_msg_num", 200);
    return Map.copyOf(limits);
  }
}
