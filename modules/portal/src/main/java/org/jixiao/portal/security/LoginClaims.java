package org.jixiao.portal.security;

import java.util.Map;
import java.util.Optional;

/**
 * The claims of the ID token Liberty's OpenID Connect client obtained at login. Liberty exposes them only
 * through its own API ({@code PropagationHelper}), which is not on Maven Central; it is called reflectively
 * here, in one place, so nothing else depends on it.
 */
final class LoginClaims {

  private static final String PROPAGATION_HELPER =
      "com.ibm.websphere.security.openidconnect.PropagationHelper";

  private LoginClaims() {}

  static Map<String, Object> ofCurrentLogin() {
    return idToken()
        .map(token -> LoginClaims.<Map<String, Object>>call(token, "getAllClaims"))
        .orElse(Map.of());
  }

  static Optional<String> rawIdToken() {
    return idToken().map(token -> call(token, "getRawIdToken"));
  }

  private static Optional<Object> idToken() {
    try {
      Class<?> helper = Class.forName(PROPAGATION_HELPER);
      return Optional.ofNullable(helper.getMethod("getIdToken").invoke(null));
    } catch (ReflectiveOperationException | LinkageError e) {
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T call(Object token, String method) {
    try {
      return (T) token.getClass().getMethod(method).invoke(token);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Liberty's ID token API changed: " + method, e);
    }
  }
}
