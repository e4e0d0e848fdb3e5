package org.jixiao.reporting.internal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.jixiao.domain.text.RichText;

/**
 * The report as a Word document (Apache POI): headings, first-line indented paragraphs, the narrative parts' runs
 * of bold, italic and underlined text and their list items (the number or bullet written before the item, with a
 * hanging indent), tables, a footer.
 */
public final class DocxWriter {

  private static final String FONT = "SimSun";

  private DocxWriter() {}

  public static byte[] write(ReportDocument report) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (ReportDocument.Block block : report.blocks()) {
        if (block instanceof ReportDocument.Title t) {
          XWPFParagraph p = doc.createParagraph();
          p.setAlignment(ParagraphAlignment.CENTER);
          run(p, t.text(), 18, true);
        } else if (block instanceof ReportDocument.Heading h) {
          XWPFParagraph p = doc.createParagraph();
          p.setSpacingBefore(h.level() == 1 ? 240 : 120);
          run(p, h.text(), h.level() == 1 ? 15 : h.level() <= 3 ? 13 : 12, true);
        } else if (block instanceof ReportDocument.Paragraph para) {
          XWPFParagraph p = doc.createParagraph();
          p.setFirstLineIndent(560); // two characters, as Chinese official documents indent
          run(p, para.text(), 12, false);
        } else if (block instanceof ReportDocument.Rich rich) {
          rich(doc.createParagraph(), rich);
        } else if (block instanceof ReportDocument.Table t) {
          table(doc, t);
        }
      }
      XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
      XWPFParagraph f = footer.createParagraph();
      f.setAlignment(ParagraphAlignment.CENTER);
      run(f, report.footer(), 9, false);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rich(XWPFParagraph p, ReportDocument.Rich rich) {
    if (rich.marker() == null) {
      p.setFirstLineIndent(560);
    } else {
      p.setIndentationLeft(980); // the marker in the first two characters' indent, the item's lines aligned
      p.setIndentationHanging(420);
      run(p, rich.marker(), 12, false).addTab();
    }
    for (RichText.Span span : rich.spans()) {
      XWPFRun run = run(p, span.text(), 12, span.bold());
      run.setItalic(span.italic());
      if (span.underline()) {
        run.setUnderline(UnderlinePatterns.SINGLE);
      }
    }
  }

  private static void table(XWPFDocument doc, ReportDocument.Table t) {
    XWPFParagraph caption = doc.createParagraph();
    caption.setAlignment(ParagraphAlignment.CENTER);
    run(caption, t.caption(), 12, true);
    List<String> header = t.table().header();
    XWPFTable table = doc.createTable(t.table().rows().size() + 1, header.size());
    table.setWidth("100%");
    fill(table.getRow(0), header, true);
    for (int r = 0; r < t.table().rows().size(); r++) {
      fill(table.getRow(r + 1), t.table().rows().get(r), false);
    }
  }

  private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
    for (int c = 0; c < cells.size(); c++) {
      XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
      run(p, cells.get(c), 10, bold);
    }
  }

  private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
    XWPFRun run = p.createRun();
    run.setText(text == null ? "" : text);
    run.setFontSize(size);
    run.setBold(bold);
    run.setFontFamily(FONT);
    return run;
  }
}
