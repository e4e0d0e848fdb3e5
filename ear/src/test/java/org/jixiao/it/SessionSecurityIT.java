package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.HTTP;
import static org.jixiao.it.TestEnvironment.KEYCLOAK;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.get;
import static org.jixiao.it.TestEnvironment.send;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sessions and tokens: the portal's cookies (JSESSIONID, Liberty's OpenID Connect and SSO cookies) are HttpOnly
 * and SameSite, and Secure over HTTPS; a Faces post without its view state (or with a made-up one) changes
 * nothing; the API refuses a missing token, a token for another audience, and forged tokens.
 */
class SessionSecurityIT {

  static final String HTTPS_PORTAL = System.getProperty("jixiao.https.url", "https://localhost:9444/jixiao");

  private static String portalHostPort() {
    URI u = URI.create(PORTAL);
    return u.getHost() + ":" + u.getPort();
  }

  @Test
  void theCookiesOfALogin_areHttpOnlyAndSameSite() throws Exception {
    PortalSession session = PortalSession.login("head.info");
    List<PortalSession.SetCookie> portal = session.setCookies.stream()
        .filter(c -> (c.from().getHost() + ":" + c.from().getPort()).equals(portalHostPort()))
        .filter(c -> !c.deletion()).toList();
    assertThat(portal).extracting(PortalSession.SetCookie::name).contains("JSESSIONID");
    assertThat(portal).extracting(PortalSession.SetCookie::name).anySatisfy(n -> assertThat(n).startsWith("WAS"));
    assertThat(portal).allSatisfy(c -> {
      assertThat(c.has("HttpOnly")).as(c.header()).isTrue();
      assertThat(c.attribute("SameSite")).as(c.header()).isIn("Lax", "Strict");
    });
    // the session works: the division head's home
    assertThat(session.get(PORTAL + "/division/home.xhtml").status()).isEqualTo(200);
  }

  @Test
  void pages_mayNotBeFramedByOtherSites_norSniffed() throws Exception {
    PortalSession session = PortalSession.login("head.info");
    for (String page : List.of("/division/home.xhtml", "/procurement/register.xhtml", "/public/signed-out.xhtml")) {
      PortalSession.Page r = session.get(PORTAL + page);
      assertThat(r.header("X-Frame-Options")).as(page).isEqualTo("DENY");
      assertThat(r.header("Content-Security-Policy")).as(page).contains("frame-ancestors 'none'");
      assertThat(r.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
    }
  }

  /**
   * Over https the cookies are HttpOnly and SameSite as over http, and those the application sets (Faces' flash)
   * are Secure. Liberty's session and security cookies are Secure only in an installation configured with
   * {@code cookie.secure=true} (it cannot decide per request), which the test server, reached over http, is not.
   */
  @Test
  void overHttps_theCookiesAreHttpOnlyAndSameSite_andTheApplicationsOwnSecure() throws Exception {
    // no login over https here: Liberty sends Keycloak's answer back to the configured (http) portal address;
    // the cookies an https request gets are those of the OpenID Connect redirect and of the pages
    PortalSession https = PortalSession.anonymous(true);
    PortalSession.Page toLogin = https.getOnce(HTTPS_PORTAL + "/index.xhtml");
    assertThat(toLogin.status()).isEqualTo(302);
    https.getOnce(HTTPS_PORTAL + "/public/signed-out.xhtml");
    https.getOnce(HTTPS_PORTAL + "/error/403.xhtml");
    List<PortalSession.SetCookie> overHttps = https.setCookies.stream().filter(c -> !c.deletion()).toList();
    assertThat(overHttps).as("cookies set over https").isNotEmpty();
    assertThat(overHttps).allSatisfy(c -> {
      assertThat(c.has("HttpOnly")).as(c.header()).isTrue();
      assertThat(c.attribute("SameSite")).as(c.header()).isIn("Lax", "Strict");
    });
    assertThat(overHttps).filteredOn(c -> c.name().startsWith("oam.Flash")).isNotEmpty()
        .allSatisfy(c -> assertThat(c.has("Secure")).as(c.header()).isTrue());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFacesPost_withoutOrWithAMadeUpViewState_changesNothing() throws Exception {
    PortalSession head = PortalSession.login("head.info");
    String token = accessTokenOf("head.info");
    String code = (String) ((List<Map<String, Object>>) AccessSweepIT.json(
        get(PORTAL + "/api/v1/years/2023/procurement", token).body()).get("records")).get(0).get("code");
    String page = PORTAL + "/procurement/record.xhtml?year=2023&code=" + code;
    assertThat(head.get(page).body()).doesNotContain("跨站附件");
    for (String viewState : new String[] {null, "-4711:1234567890", "stateless"}) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("recordForm", "recordForm");
      form.put("recordForm:documentTitle", "跨站附件");
      form.put("recordForm:documentLink", "https://example.org/csrf");
      form.put("recordForm:addDocument", "");
      if (viewState != null) {
        form.put("jakarta.faces.ViewState", viewState);
      }
      head.post(page, form);
    }
    assertThat(head.get(page).body()).doesNotContain("跨站附件");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theApi_refusesNoTokenAWrongAudienceAndForgedTokens() throws Exception {
    String url = PORTAL + "/api/v1/years/2023/procurement";
    String body = "{\"code\":\"TOKEN-X\",\"name\":\"x\",\"amount\":\"1\",\"method\":\"询价\"}";
    assertThat(send("POST", url, null, body).statusCode()).isEqualTo(401);

    // a real token of the realm, but for another client (the admin API's service account): not for jixiao-api
    HttpResponse<String> cc = HTTP.send(HttpRequest.newBuilder(
            URI.create(KEYCLOAK + "/realms/bureau/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=jixiao-admin-api"
            + "&client_secret=jixiao-admin-api-demo-secret")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(cc.statusCode()).as(cc.body()).isEqualTo(200);
    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(cc.body());
    assertThat(m.find()).isTrue();
    String otherAudience = m.group(1);
    assertThat(new String(Base64.getUrlDecoder().decode(otherAudience.split("\\.")[1]), StandardCharsets.UTF_8))
        .doesNotContain("jixiao-api");
    assertThat(send("POST", url, otherAudience, body).statusCode()).isEqualTo(401);
    assertThat(get(url, otherAudience).statusCode()).isEqualTo(401);

    // a valid token whose claims are changed (admin group, later expiry): the signature no longer matches
    String valid = accessTokenOf("head.info");
    String[] parts = valid.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forgedClaims = claims.replaceFirst("\"groups\":\\[[^\\]]*\\]", "\"groups\":[\"admin\"]")
        .replaceFirst("\"exp\":\\d+", "\"exp\":4102444800");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(forgedClaims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    assertThat(get(PORTAL + "/api/v1/audit", forged).statusCode()).isEqualTo(401);
    assertThat(send("POST", url, forged, body).statusCode()).isEqualTo(401);
    // the same claims unsigned (alg none)
    String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
        "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(forgedClaims.getBytes(StandardCharsets.UTF_8)) + ".";
    assertThat(get(PORTAL + "/api/v1/audit", none).statusCode()).isEqualTo(401);
    // an expired token (exp in the past, signature of the original): refused either way
    String expiredClaims = claims.replaceFirst("\"exp\":\\d+", "\"exp\":1000000000");
    String expired = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(expiredClaims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    assertThat(send("POST", url, expired, body).statusCode()).isEqualTo(401);
    // the untouched token still works (the checks above are not just a broken client)
    assertThat(get(url, valid).statusCode()).isEqualTo(200);
  }
}
