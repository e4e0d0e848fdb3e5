package org.jixiao.portal.view.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageServletTest {

  @Test
  void returnsToAPageOfThePortal() {
    assertThat(LanguageServlet.ownPath("/indicators/tree.xhtml?year=2023&division=info"))
        .isEqualTo("/indicators/tree.xhtml?year=2023&division=info");
    assertThat(LanguageServlet.ownPath("/public/signed-out.xhtml")).isEqualTo("/public/signed-out.xhtml");
  }

  @Test
  void neverToAnotherSite() {
    assertThat(LanguageServlet.ownPath("//evil.example/x")).isEqualTo("/index.xhtml");
    assertThat(LanguageServlet.ownPath("/\\evil.example/x")).isEqualTo("/index.xhtml");
    assertThat(LanguageServlet.ownPath("https://evil.example/")).isEqualTo("/index.xhtml");
    assertThat(LanguageServlet.ownPath("index.xhtml")).isEqualTo("/index.xhtml");
    assertThat(LanguageServlet.ownPath("/x\r\nSet-Cookie: a=b")).isEqualTo("/index.xhtml");
    assertThat(LanguageServlet.ownPath(null)).isEqualTo("/index.xhtml");
    assertThat(LanguageServlet.ownPath("/" + "a".repeat(3000))).isEqualTo("/index.xhtml");
  }
}
