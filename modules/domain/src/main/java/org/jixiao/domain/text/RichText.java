package org.jixiao.domain.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Text written in the portal's editor (富文本): paragraphs, headings, ordered and bullet lists, and bold, italic and
 * underlined runs — nothing else. The editor's HTML is untrusted: it goes through the OWASP sanitiser with a
 * whitelist (p, br, strong/b, em/i, u, ol, ul, li, h1–h6), then is rewritten from its structure, so what is
 * stored, shown and printed is only that structure with every character of text escaped. Scripts, event
 * handlers, styles, links and images are gone.
 */
public final class RichText implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Markup a paste from a word processor may bring along, beyond the text itself, before it is refused. */
  public static final int MAX_MARKUP = 400_000;

  /** A run of text with its emphasis. */
  public record Span(String text, boolean bold, boolean italic, boolean underline) implements Serializable {
    public Span {
      Objects.requireNonNull(text, "text");
    }
  }

  /** One block: a paragraph, a heading (level 3 or 4, below the report's own numbered headings) or a list item. */
  public sealed interface Block extends Serializable permits Paragraph, Heading, ListItem {
    List<Span> spans();

    default String text() {
      StringBuilder text = new StringBuilder();
      spans().forEach(s -> text.append(s.text()));
      return text.toString();
    }
  }

  public record Paragraph(List<Span> spans) implements Block {}

  public record Heading(int level, List<Span> spans) implements Block {}

  /** An item of an ordered list (numbered from 1 in its list) or of a bullet list ({@code number} 0). */
  public record ListItem(boolean ordered, int number, List<Span> spans) implements Block {
    /** "1." or "•", as printed before the item. */
    public String marker() {
      return ordered ? number + "." : "•";
    }
  }

  /**
   * The whitelist. The editor (Quill 2) writes every list as {@code <ol>} with {@code data-list="bullet"} or
   * {@code "ordered"} on each item, so that attribute is kept (those two values only) to tell them apart. A
   * builder per use: building a policy is cheap, and a builder is not meant to be shared between threads.
   */
  private static HtmlPolicyBuilder whitelist() {
    return new HtmlPolicyBuilder()
        .allowElements("p", "div", "br", "strong", "b", "em", "i", "u", "ol", "ul", "li",
            "h1", "h2", "h3", "h4", "h5", "h6")
        .allowAttributes("data-list").matching(Pattern.compile("bullet|ordered")).onElements("li");
  }

  private final List<Block> blocks;

  private RichText(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /**
   * The editor's HTML, sanitised and reduced to its structure; refused when empty or when its text is longer than
   * {@code maxCharacters} ({@code fieldKey} names the field in the message).
   */
  public static RichText fromEditor(String html, int maxCharacters, String fieldKey) {
    if (html != null && html.length() > MAX_MARKUP) {
      throw new BusinessException("richtext.markupTooLong", new Label(fieldKey), MAX_MARKUP);
    }
    RichText text = html == null ? new RichText(List.of()) : parse(html);
    if (text.isEmpty()) {
      throw new BusinessException("validation.required", new Label(fieldKey));
    }
    if (text.characters() > maxCharacters) {
      throw new BusinessException("richtext.tooLong", new Label(fieldKey), maxCharacters, text.characters());
    }
    return text;
  }

  /** HTML, sanitised and reduced to its structure, without limits (what {@link #html()} stored is read back so). */
  public static RichText parse(String html) {
    StructureReceiver structure = new StructureReceiver();
    HtmlSanitizer.sanitize(html == null ? "" : html, whitelist().build(structure));
    return new RichText(structure.blocks);
  }

  /** Plain text as written before the editor existed: each line a paragraph, blank lines dropped. */
  public static RichText fromPlain(String text) {
    List<Block> blocks = new ArrayList<>();
    if (text != null) {
      for (String line : text.split("\r?\n")) {
        String p = line.strip();
        if (!p.isEmpty()) {
          blocks.add(new Paragraph(List.of(new Span(p, false, false, false))));
        }
      }
    }
    return new RichText(blocks);
  }

  public List<Block> blocks() {
    return blocks;
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** The number of characters of text, markup not counted (the size limit counts these). */
  public int characters() {
    return blocks.stream().mapToInt(b -> b.text().length()).sum();
  }

  /** The text alone: one line per block, list items with their number or bullet. */
  public String plainText() {
    List<String> lines = new ArrayList<>();
    for (Block b : blocks) {
      lines.add(b instanceof ListItem item ? item.marker() + " " + b.text() : b.text());
    }
    return String.join("\n", lines);
  }

  /** The structure as HTML (p, h3, h4, ol, ul, li, strong, em, u), every character of text escaped. */
  public String html() {
    StringBuilder html = new StringBuilder();
    String openList = null;
    for (Block b : blocks) {
      String list = b instanceof ListItem item ? (item.ordered() ? "ol" : "ul") : null;
      boolean restart = b instanceof ListItem item && item.ordered() && item.number() == 1;
      if (openList != null && (!openList.equals(list) || restart)) {
        html.append("</").append(openList).append('>');
        openList = null;
      }
      if (list != null && openList == null) {
        html.append('<').append(list).append('>');
        openList = list;
      }
      String tag = b instanceof Heading h ? "h" + h.level() : b instanceof ListItem ? "li" : "p";
      html.append('<').append(tag).append('>');
      for (Span s : b.spans()) {
        String open = (s.bold() ? "<strong>" : "") + (s.italic() ? "<em>" : "") + (s.underline() ? "<u>" : "");
        String close = (s.underline() ? "</u>" : "") + (s.italic() ? "</em>" : "") + (s.bold() ? "</strong>" : "");
        html.append(open).append(escape(s.text())).append(close);
      }
      html.append("</").append(tag).append('>');
    }
    if (openList != null) {
      html.append("</").append(openList).append('>');
    }
    return html.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&#34;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RichText other && blocks.equals(other.blocks);
  }

  @Override
  public int hashCode() {
    return blocks.hashCode();
  }

  @Override
  public String toString() {
    return html();
  }

  /**
   * Builds the blocks from the sanitiser's events (already whitelisted and balanced): a block element or a
   * {@code <br>} ends the block being written; text outside any block makes a paragraph; whitespace collapses as
   * a browser shows it.
   */
  private static final class StructureReceiver implements HtmlStreamEventReceiver {

    private final List<Block> blocks = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final List<String> lists = new ArrayList<>(); // "ol" / "ul", innermost last
    private final List<Integer> numbers = new ArrayList<>(); // the next number in each open list
    private int bold;
    private int italic;
    private int underline;
    private String block = "p"; // p, h3, h4 or li
    private boolean itemOrdered;

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {
      flush();
    }

    @Override
    public void openTag(String name, List<String> attributes) {
      switch (name) {
        case "strong", "b" -> bold++;
        case "em", "i" -> italic++;
        case "u" -> underline++;
        case "br" -> flush();
        case "ol", "ul" -> {
          flush();
          lists.add(name);
          numbers.add(1);
        }
        case "li" -> {
          flush();
          block = "li";
          String kind = attribute(attributes, "data-list");
          itemOrdered = kind != null ? kind.equals("ordered") : !lists.isEmpty() && lists.get(lists.size() - 1)
              .equals("ol");
        }
        case "h1", "h2", "h3" -> {
          flush();
          block = "h3";
        }
        case "h4", "h5", "h6" -> {
          flush();
          block = "h4";
        }
        default -> { // p, div
          flush();
          block = lists.isEmpty() ? "p" : block;
        }
      }
    }

    @Override
    public void closeTag(String name) {
      switch (name) {
        case "strong", "b" -> bold = Math.max(0, bold - 1);
        case "em", "i" -> italic = Math.max(0, italic - 1);
        case "u" -> underline = Math.max(0, underline - 1);
        case "br" -> {}
        case "ol", "ul" -> {
          flush();
          if (!lists.isEmpty()) {
            lists.remove(lists.size() - 1);
            numbers.remove(numbers.size() - 1);
          }
          block = lists.isEmpty() ? "p" : "li";
        }
        default -> {
          flush();
          block = lists.isEmpty() ? "p" : "li";
        }
      }
    }

    @Override
    public void text(String text) {
      String t = text.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\n\\f]+", " ");
      if (t.isEmpty()) {
        return;
      }
      Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      boolean b = bold > 0;
      boolean i = italic > 0;
      boolean u = underline > 0;
      if (last != null && last.bold() == b && last.italic() == i && last.underline() == u) {
        spans.set(spans.size() - 1, new Span(last.text() + t, b, i, u));
      } else {
        spans.add(new Span(t, b, i, u));
      }
    }

    /** Ends the block being written: whitespace at its ends trimmed, dropped when it has no text. */
    private void flush() {
      List<Span> trimmed = trim(spans);
      spans.clear();
      if (trimmed.isEmpty()) {
        return;
      }
      if (block.equals("li")) {
        int number = 0;
        if (itemOrdered) {
          int last = numbers.isEmpty() ? -1 : numbers.size() - 1;
          number = last < 0 ? 1 : numbers.get(last);
          if (last >= 0) {
            numbers.set(last, number + 1);
          }
        } else if (!numbers.isEmpty()) {
          numbers.set(numbers.size() - 1, 1); // a bullet between numbered items starts their count again
        }
        blocks.add(new ListItem(itemOrdered, number, trimmed));
      } else if (block.startsWith("h")) {
        blocks.add(new Heading(block.equals("h3") ? 3 : 4, trimmed));
      } else {
        blocks.add(new Paragraph(trimmed));
      }
    }

    private static List<Span> trim(List<Span> spans) {
      List<Span> out = new ArrayList<>(spans);
      while (!out.isEmpty()) {
        Span first = out.get(0);
        String t = first.text().stripLeading();
        if (t.isEmpty()) {
          out.remove(0);
        } else {
          out.set(0, new Span(t, first.bold(), first.italic(), first.underline()));
          break;
        }
      }
      while (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        String t = last.text().stripTrailing();
        if (t.isEmpty()) {
          out.remove(out.size() - 1);
        } else {
          out.set(out.size() - 1, new Span(t, last.bold(), last.italic(), last.underline()));
          break;
        }
      }
      return out;
    }

    private static String attribute(List<String> attributes, String name) {
      for (int i = 0; i + 1 < attributes.size(); i += 2) {
        if (attributes.get(i).equals(name)) {
          return attributes.get(i + 1);
        }
      }
      return null;
    }
  }
}
