package org.jixiao.reporting.internal.document;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.domain.evaluation.ReportTable;
import org.jixiao.domain.text.RichText;

/**
 * The report as a sequence of blocks — title, headings, paragraphs, tables, and the narrative parts' rich
 * paragraphs and list items — assembled once from the data and written out as DOCX and PDF alike, so both say
 * the same thing.
 */
public final class ReportDocument {

  /** One block of the report. */
  public sealed interface Block permits Title, Heading, Paragraph, Rich, Table {}

  public record Title(String text) implements Block {}

  /** Level 1: 一、…; level 2: （一）…; 3: 1.…; 3 and 4 are also a narrative part's own subheadings. */
  public record Heading(int level, String text) implements Block {}

  public record Paragraph(String text) implements Block {}

  public record Table(String caption, ReportTable table) implements Block {}

  /**
   * A narrative part's paragraph (no {@code marker}: indented as Chinese paragraphs are) or list item ("1.",
   * "•": a hanging indent), in runs of bold, italic and underlined text.
   */
  public record Rich(String marker, List<RichText.Span> spans) implements Block {
    public String text() {
      StringBuilder text = new StringBuilder();
      spans.forEach(s -> text.append(s.text()));
      return text.toString();
    }
  }

  private final List<Block> blocks = new ArrayList<>();
  private final String footer;

  public ReportDocument(String footer) {
    this.footer = footer;
  }

  public ReportDocument title(String text) {
    blocks.add(new Title(text));
    return this;
  }

  public ReportDocument heading(int level, String text) {
    blocks.add(new Heading(level, text));
    return this;
  }

  public ReportDocument paragraph(String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(new Paragraph(text.strip()));
    }
    return this;
  }

  public ReportDocument paragraphs(List<String> texts) {
    texts.forEach(this::paragraph);
    return this;
  }

  /** A narrative part as written: its headings, paragraphs and list items. */
  public ReportDocument richText(RichText text) {
    for (RichText.Block b : text.blocks()) {
      if (b instanceof RichText.Heading h) {
        heading(h.level(), h.text());
      } else if (b instanceof RichText.ListItem item) {
        blocks.add(new Rich(item.marker(), item.spans()));
      } else {
        blocks.add(new Rich(null, b.spans()));
      }
    }
    return this;
  }

  public ReportDocument table(String caption, ReportTable table) {
    blocks.add(new Table(caption, table));
    return this;
  }

  public List<Block> blocks() {
    return List.copyOf(blocks);
  }

  /** Printed at the foot of every page: the seal's fingerprint, or that the report is a draft. */
  public String footer() {
    return footer;
  }
}
