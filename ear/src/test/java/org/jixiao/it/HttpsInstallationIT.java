package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PORTAL;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An installation reached over https only ({@code cookie.secure=true}, {@code portal.url} https, as README
 * "Deploying over https" says): the running test server is switched to it by a configuration override — Liberty
 * applies server configuration while it runs — then a division head logs in over https through Keycloak, and every
 * cookie the portal sets is Secure as well as HttpOnly and SameSite. The override is removed afterwards and the
 * http login works again, so the other tests see the server as before.
 */
class HttpsInstallationIT {

  static final String HTTPS_PORTAL = SessionSecurityIT.HTTPS_PORTAL;
  private static final Path SERVER = Path.of(System.getProperty("it.server.dir", "target/liberty/wlp/usr/servers/jixiaoTest"));
  private static final Path OVERRIDE = SERVER.resolve("configDropins/overrides/https-only-it.xml");
  private static final Path MESSAGES = SERVER.resolve("logs/messages.log");

  @BeforeAll
  static void switchToHttpsOnly() throws Exception {
    int httpsPort = URI.create(HTTPS_PORTAL).getPort();
    applyConfiguration(() -> {
      Files.createDirectories(OVERRIDE.getParent());
      Files.writeString(OVERRIDE, """
          <server>
              <variable name="cookie.secure" value="true"/>
              <variable name="portal.url" value="https://localhost:%d"/>
          </server>
          """.formatted(httpsPort), StandardCharsets.UTF_8);
    });
  }

  @AfterAll
  static void backToTheTestServersConfiguration() throws Exception {
    applyConfiguration(() -> Files.deleteIfExists(OVERRIDE));
    // the http login of every other test works again
    PortalSession http = PortalSession.login("head.info");
    assertThat(http.get(PORTAL + "/division/home.xhtml").status()).isEqualTo(200);
  }

  @Test
  void overHttps_everyCookieOfTheLoginIsSecureHttpOnlyAndSameSite() throws Exception {
    PortalSession session = PortalSession.login("head.info", HTTPS_PORTAL + "/index.xhtml", true);
    PortalSession.Page home = session.get(HTTPS_PORTAL + "/division/home.xhtml");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("信息化推进处");

    URI portal = URI.create(HTTPS_PORTAL);
    List<PortalSession.SetCookie> set = session.setCookies.stream()
        .filter(c -> c.from().getHost().equals(portal.getHost()) && c.from().getPort() == portal.getPort())
        .filter(c -> !c.deletion())
        .toList();
    assertThat(set).extracting(PortalSession.SetCookie::name).contains("JSESSIONID");
    assertThat(set).extracting(PortalSession.SetCookie::name).anySatisfy(n -> assertThat(n).startsWith("WAS"));
    assertThat(set).allSatisfy(c -> {
      assertThat(c.has("Secure")).as(c.header()).isTrue();
      assertThat(c.has("HttpOnly")).as(c.header()).isTrue();
      assertThat(c.attribute("SameSite")).as(c.header()).isIn("Lax", "Strict");
    });
  }

  private interface Change {
    void apply() throws IOException;
  }

  /** Makes a configuration change and waits until Liberty has applied it and the portal answers over https. */
  private static void applyConfiguration(Change change) throws Exception {
    long updatesBefore = updates();
    change.apply();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (updates() == updatesBefore) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Liberty did not apply the configuration change within 90 s (" + MESSAGES + ")");
      }
      Thread.sleep(200);
    }
    PortalSession probe = PortalSession.anonymous(true);
    while (probe.getOnce(HTTPS_PORTAL + "/public/signed-out.xhtml").status() != 200) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("the portal did not answer after the configuration change");
      }
      Thread.sleep(200);
    }
  }

  /** How often the server has reported its configuration updated (CWWKG0017I) or unchanged (CWWKG0018I). */
  private static long updates() throws IOException {
    try (var lines = Files.lines(MESSAGES, StandardCharsets.UTF_8)) {
      return lines.filter(l -> l.contains("CWWKG0017I") || l.contains("CWWKG0018I")).count();
    }
  }
}
