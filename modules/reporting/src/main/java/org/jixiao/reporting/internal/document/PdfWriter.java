package org.jixiao.reporting.internal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.jixiao.domain.text.RichText;

/**
 * The report as PDF (PDFBox) with its fonts embedded as subsets, so the text renders and can be extracted on any
 * reader: DejaVu Sans for Latin letters, digits and punctuation, Droid Sans Fallback for Chinese (it has no Latin
 * glyphs), chosen character by character. A small layout of our own: A4, lines wrapped by measured width, tables
 * as ruled rows whose cells wrap, a footer on every page. The narrative parts' emphasis is drawn with the same
 * two fonts, neither of which has a bold or italic face (and no free bold Chinese font is embedded): bold is
 * simulated by stroking the glyphs' outlines as well as filling them, italic by slanting them, underline by a
 * rule; list items hang their text after the number or bullet.
 */
public final class PdfWriter {

  private static final String CJK_FONT = "/org/jixiao/reporting/fonts/DroidSansFallbackFull.ttf";
  private static final String LATIN_FONT = "/org/jixiao/reporting/fonts/DejaVuSans.ttf";
  private static final float MARGIN = 64;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float BODY = 11.5f;
  private static final float CELL = 8.5f;

  private final PDDocument pdf;
  private final PDFont latin;
  private final PDFont cjk;
  private final String footer;
  private PDPageContentStream out;
  private float y;
  private int pageNumber;

  private PdfWriter(PDDocument pdf, PDFont latin, PDFont cjk, String footer) {
    this.pdf = pdf;
    this.latin = latin;
    this.cjk = cjk;
    this.footer = footer;
  }

  public static byte[] write(ReportDocument report, String title) {
    try (PDDocument pdf = new PDDocument();
        InputStream latinFile = PdfWriter.class.getResourceAsStream(LATIN_FONT);
        InputStream cjkFile = PdfWriter.class.getResourceAsStream(CJK_FONT)) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("Jixiao");
      PdfWriter writer = new PdfWriter(pdf, PDType0Font.load(pdf, latinFile, true), PDType0Font.load(pdf, cjkFile, true),
          report.footer());
      writer.newPage();
      for (ReportDocument.Block block : report.blocks()) {
        writer.block(block);
      }
      writer.out.close();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void block(ReportDocument.Block block) throws IOException {
    if (block instanceof ReportDocument.Title t) {
      y -= 10;
      centered(t.text(), 17);
      y -= 14;
    } else if (block instanceof ReportDocument.Heading h) {
      y -= h.level() == 1 ? 10 : 4;
      lines(h.text(), h.level() == 1 ? 14 : 12.5f, 0);
    } else if (block instanceof ReportDocument.Paragraph p) {
      lines(p.text(), BODY, 2 * BODY);
    } else if (block instanceof ReportDocument.Rich r) {
      rich(r, BODY);
    } else if (block instanceof ReportDocument.Table t) {
      y -= 8;
      centered(t.caption(), 12);
      table(t);
      y -= 8;
    }
  }

  /** Wrapped text; {@code indent} on the first line only, as Chinese paragraphs indent. */
  private void lines(String text, float size, float indent) throws IOException {
    List<String> wrapped = wrap(text, size, WIDTH, indent);
    for (int i = 0; i < wrapped.size(); i++) {
      need(size * 1.7f);
      show(wrapped.get(i), MARGIN + (i == 0 ? indent : 0), y - size, size);
      y -= size * 1.7f;
    }
  }

  /** A character to draw and its emphasis. */
  private record Glyph(String ch, RichText.Span style) {}

  /** A rich paragraph (first line indented) or list item (the marker, then the text's lines aligned after it). */
  private void rich(ReportDocument.Rich r, float size) throws IOException {
    float textX = MARGIN + (r.marker() == null ? 0 : 3 * size);
    float firstIndent = r.marker() == null ? 2 * size : 0;
    List<List<Glyph>> wrapped = wrapStyled(r.spans(), size, WIDTH - (textX - MARGIN), firstIndent);
    for (int i = 0; i < wrapped.size(); i++) {
      need(size * 1.7f);
      float baseline = y - size;
      if (i == 0 && r.marker() != null) {
        show(r.marker(), MARGIN + size, baseline, size);
      }
      showStyled(wrapped.get(i), textX + (i == 0 ? firstIndent : 0), baseline, size);
      y -= size * 1.7f;
    }
  }

  private List<List<Glyph>> wrapStyled(List<RichText.Span> spans, float size, float width, float firstIndent)
      throws IOException {
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    float used = firstIndent;
    for (RichText.Span span : spans) {
      String text = span.text();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        String ch = printable(cp);
        float w = width(ch, size);
        if (used + w > width && !line.isEmpty()) {
          int keep = breakIndex(line.stream().map(Glyph::ch).toList(), ch);
          lines.add(new ArrayList<>(line.subList(0, keep)));
          line = new ArrayList<>(line.subList(keep, line.size()));
          used = 0;
          for (Glyph carried : line) {
            used += width(carried.ch(), size);
          }
        }
        line.add(new Glyph(ch, span));
        used += w;
        i += Character.charCount(cp);
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** Characters that may not open a line (避头): closing punctuation, Chinese and Latin. */
  private static final String NO_LINE_START = "，。、；：！？）》」』”’%,.;:!?)]";

  /**
   * Where a full line breaks before {@code next}: how many of its characters stay. Numbers and Latin words stay
   * whole ("90.74" never splits) and closing punctuation never opens the next line — unless a single unbreakable run
   * fills the whole line, which then breaks where it must.
   */
  static int breakIndex(List<String> line, String next) {
    for (int keep = line.size(); keep > 0; keep--) {
      String first = keep == line.size() ? next : line.get(keep);
      boolean closingFirst = NO_LINE_START.contains(first);
      boolean insideWord = isWordChar(line.get(keep - 1)) && isWordChar(first);
      if (!closingFirst && !insideWord) {
        return keep;
      }
    }
    return line.size();
  }

  private static boolean isWordChar(String ch) {
    if (ch.length() != 1) {
      return false;
    }
    char c = ch.charAt(0);
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '%' || c == '-' || c == '/' || c == '_');
  }

  /** Shows a line in runs of the same font and emphasis. */
  private void showStyled(List<Glyph> line, float x, float baseline, float size) throws IOException {
    StringBuilder run = new StringBuilder();
    PDFont runFont = null;
    RichText.Span runStyle = null;
    for (Glyph g : line) {
      PDFont f = fontFor(g.ch());
      if (run.length() > 0 && (f != runFont || !sameEmphasis(g.style(), runStyle))) {
        x += showRun(run.toString(), runFont, runStyle, x, baseline, size);
        run.setLength(0);
      }
      runFont = f;
      runStyle = g.style();
      run.append(g.ch());
    }
    if (run.length() > 0) {
      showRun(run.toString(), runFont, runStyle, x, baseline, size);
    }
  }

  private static boolean sameEmphasis(RichText.Span a, RichText.Span b) {
    return a.bold() == b.bold() && a.italic() == b.italic() && a.underline() == b.underline();
  }

  /** One run with its emphasis; its width. */
  private float showRun(String text, PDFont font, RichText.Span style, float x, float baseline, float size)
      throws IOException {
    float w = font.getStringWidth(text) / 1000 * size;
    if (style.bold()) {
      out.setLineWidth(size * 0.035f);
    }
    out.beginText();
    out.setFont(font, size);
    if (style.bold()) {
      out.setRenderingMode(RenderingMode.FILL_STROKE);
    }
    if (style.italic()) {
      out.setTextMatrix(new Matrix(1, 0, 0.21f, 1, x, baseline));
    } else {
      out.newLineAtOffset(x, baseline);
    }
    out.showText(text);
    if (style.bold()) {
      out.setRenderingMode(RenderingMode.FILL);
    }
    out.endText();
    if (style.underline()) {
      out.setLineWidth(size * 0.05f);
      out.moveTo(x, baseline - size * 0.15f);
      out.lineTo(x + w, baseline - size * 0.15f);
      out.stroke();
    }
    return w;
  }

  private void centered(String text, float size) throws IOException {
    for (String line : wrap(text, size, WIDTH, 0)) {
      need(size * 1.8f);
      float w = width(line, size);
      show(line, MARGIN + (WIDTH - w) / 2, y - size, size);
      y -= size * 1.8f;
    }
  }

  private void table(ReportDocument.Table t) throws IOException {
    int columns = t.table().header().size();
    float[] widths = columnWidths(t, columns);
    row(t.table().header(), widths);
    for (List<String> r : t.table().rows()) {
      row(r, widths);
    }
  }

  /** Columns share the width by the length of their longest text, none narrower than five characters. */
  private float[] columnWidths(ReportDocument.Table t, int columns) {
    float[] weight = new float[columns];
    List<List<String>> all = new ArrayList<>(t.table().rows());
    all.add(t.table().header());
    for (List<String> r : all) {
      for (int c = 0; c < columns; c++) {
        weight[c] = Math.max(weight[c], Math.min(40, Math.max(5, r.get(c) == null ? 0 : r.get(c).length())));
      }
    }
    float sum = 0;
    for (float w : weight) {
      sum += w;
    }
    float[] widths = new float[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = WIDTH * weight[c] / sum;
    }
    return widths;
  }

  private void row(List<String> cells, float[] widths) throws IOException {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = wrap(cells.get(c) == null ? "" : cells.get(c), CELL, widths[c] - 6, 0);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    float rowHeight = height * CELL * 1.45f + 6;
    need(rowHeight);
    float x = MARGIN;
    for (int c = 0; c < widths.length; c++) {
      float lineY = y - 3 - CELL;
      for (String line : wrapped.get(c)) {
        show(line, x + 3, lineY, CELL);
        lineY -= CELL * 1.45f;
      }
      out.addRect(x, y - rowHeight, widths[c], rowHeight);
      x += widths[c];
    }
    out.setLineWidth(0.4f);
    out.stroke();
    y -= rowHeight;
  }

  /** Breaks text into lines that fit {@code width} (character by character: Chinese has no spaces to break at). */
  private List<String> wrap(String text, float size, float width, float firstIndent) throws IOException {
    List<String> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    float used = firstIndent;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = printable(cp);
      float w = width(ch, size);
      if (used + w > width && !line.isEmpty()) {
        int keep = breakIndex(line, ch);
        lines.add(String.join("", line.subList(0, keep)));
        line = new ArrayList<>(line.subList(keep, line.size()));
        used = 0;
        for (String carried : line) {
          used += width(carried, size);
        }
      }
      line.add(ch);
      used += w;
      i += Character.charCount(cp);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(String.join("", line));
    }
    return lines;
  }

  /** A character the font can draw; one it lacks shows as "?" rather than failing the whole report. */
  private String printable(int codePoint) {
    String ch = new String(Character.toChars(codePoint));
    if (Character.isISOControl(codePoint)) {
      return " ";
    }
    return fontFor(ch) == null ? "?" : ch;
  }

  /** The font that has the character: Latin first (its digits and punctuation look right), else Chinese. */
  private PDFont fontFor(String ch) {
    for (PDFont f : new PDFont[] {latin, cjk}) {
      try {
        f.encode(ch);
        return f;
      } catch (IllegalArgumentException | IOException e) {
        // not in this font: try the next
      }
    }
    return null;
  }

  private float width(String text, float size) throws IOException {
    float w = 0;
    for (int i = 0; i < text.length(); ) {
      String ch = new String(Character.toChars(text.codePointAt(i)));
      PDFont f = fontFor(ch);
      w += f == null ? 0 : f.getStringWidth(ch) / 1000 * size;
      i += ch.length();
    }
    return w;
  }

  /** Shows text in runs of the same font. */
  private void show(String text, float x, float baseline, float size) throws IOException {
    out.beginText();
    out.newLineAtOffset(x, baseline);
    PDFont current = null;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      String ch = new String(Character.toChars(text.codePointAt(i)));
      PDFont f = fontFor(ch);
      if (f == null) {
        f = latin;
        ch = "?";
      }
      if (f != current && run.length() > 0) {
        out.setFont(current, size);
        out.showText(run.toString());
        run.setLength(0);
      }
      current = f;
      run.append(ch);
      i += Character.charCount(text.codePointAt(i));
    }
    if (run.length() > 0) {
      out.setFont(current, size);
      out.showText(run.toString());
    }
    out.endText();
  }

  private void need(float height) throws IOException {
    if (y - height < MARGIN + 20) {
      out.close();
      newPage();
    }
  }

  private void newPage() throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    pdf.addPage(page);
    out = new PDPageContentStream(pdf, page);
    pageNumber++;
    String foot = footer + "　第 " + pageNumber + " 页";
    float footY = MARGIN - 10;
    for (String line : wrap(foot, 7.5f, WIDTH, 0)) {
      show(line, MARGIN, footY, 7.5f);
      footY -= 10;
    }
    y = PDRectangle.A4.getHeight() - MARGIN;
  }
}
