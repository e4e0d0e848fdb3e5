package org.jixiao.portal.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Where the realm {@code bureau} lives, as configured in server.xml ({@code keycloak.url}). */
@ApplicationScoped
public class KeycloakRealm {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

  @Resource(lookup = "jixiao/keycloak/realmUrl")
  private String realmUrl;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(PROBE_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public String authorizationEndpoint() {
    return realmUrl + "/protocol/openid-connect/auth";
  }

  public String endSessionEndpoint() {
    return realmUrl + "/protocol/openid-connect/logout";
  }

  /** True when the realm answers its discovery document within a few seconds. */
  public boolean isReachable() {
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration"))
            .timeout(PROBE_TIMEOUT)
            .GET()
            .build();
    try {
      return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
