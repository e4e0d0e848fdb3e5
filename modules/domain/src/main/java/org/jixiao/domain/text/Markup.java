package org.jixiao.domain.text;

/** How a stored text is written: plain lines (as before the editor existed) or the editor's sanitised HTML. */
public enum Markup {
  /** One paragraph per line. */
  PLAIN,
  /** {@link RichText#html()}: the structure only, every character of text escaped. */
  HTML;

  /** The stored text read back as rich text. */
  public RichText read(String content) {
    return this == PLAIN ? RichText.fromPlain(content) : RichText.parse(content);
  }
}
