package org.jixiao.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.text.RichText.Heading;
import org.jixiao.domain.text.RichText.ListItem;
import org.jixiao.domain.text.RichText.Paragraph;
import org.jixiao.domain.text.RichText.Span;
import org.junit.jupiter.api.Test;

/** The editor's HTML through the whitelist: only the structure survives, with every character of text escaped. */
class RichTextTest {

  private static final String FIELD = "report.section.KEY_TASKS";

  private static RichText edited(String html) {
    return RichText.fromEditor(html, 20_000, FIELD);
  }

  @Test
  void scriptAndItsText_areRemoved() {
    RichText text = edited("<p>一是坚持规划先行<script>alert('x')</script></p><script>document.cookie</script>");
    assertThat(text.html()).isEqualTo("<p>一是坚持规划先行</p>");
    assertThat(text.plainText()).doesNotContain("alert").doesNotContain("cookie");
  }

  @Test
  void eventHandlers_styles_andClasses_areRemoved_theTextStays() {
    RichText text = edited("<p style=\"color:red\" class=\"x\" onclick=\"steal()\">产业<img src=x onerror=alert(1)>"
        + "发展<style>p{display:none}</style></p>");
    assertThat(text.html()).isEqualTo("<p>产业发展</p>");
  }

  @Test
  void javascriptLinks_andIframes_areRemoved_theirTextKept() {
    RichText text = edited("<p>见<a href=\"javascript:alert(1)\">附件</a><iframe src=\"http://evil\"></iframe></p>");
    assertThat(text.html()).isEqualTo("<p>见附件</p>").doesNotContain("javascript").doesNotContain("iframe");
  }

  @Test
  void escapedMarkupInTheText_staysText() {
    RichText text = edited("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”</p>");
    assertThat(text.blocks()).containsExactly(
        new Paragraph(List.of(new Span("<script>alert(1)</script> & “引号”", false, false, false))));
    assertThat(text.html()).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”</p>");
    assertThat(RichText.parse(text.html())).isEqualTo(text);
  }

  @Test
  void allowedTags_areKept_asRunsListsAndHeadings() {
    RichText text = edited("<h2>重点任务</h2><p>全年<strong>规上工业增加值</strong><em>增长</em><u>1.4%</u>"
        + "<b><i>粗斜</i></b></p><ul><li>一是规划</li><li>二是项目</li></ul><ol><li>第一</li><li>第二</li></ol>"
        + "<h4>小结</h4>");
    assertThat(text.blocks()).containsExactly(
        new Heading(3, List.of(new Span("重点任务", false, false, false))),
        new Paragraph(List.of(new Span("全年", false, false, false), new Span("规上工业增加值", true, false, false),
            new Span("增长", false, true, false), new Span("1.4%", false, false, true),
            new Span("粗斜", true, true, false))),
        new ListItem(false, 0, List.of(new Span("一是规划", false, false, false))),
        new ListItem(false, 0, List.of(new Span("二是项目", false, false, false))),
        new ListItem(true, 1, List.of(new Span("第一", false, false, false))),
        new ListItem(true, 2, List.of(new Span("第二", false, false, false))),
        new Heading(4, List.of(new Span("小结", false, false, false))));
    assertThat(text.html()).isEqualTo("<h3>重点任务</h3><p>全年<strong>规上工业增加值</strong><em>增长</em><u>1.4%</u>"
        + "<strong><em>粗斜</em></strong></p><ul><li>一是规划</li><li>二是项目</li></ul><ol><li>第一</li><li>第二</li></ol>"
        + "<h4>小结</h4>");
    assertThat(RichText.parse(text.html())).isEqualTo(text);
  }

  @Test
  void quillLists_tellBulletsFromNumbers_byDataList() {
    RichText text = edited("<ol><li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>甲</li>"
        + "<li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>乙</li>"
        + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>丙</li>"
        + "<li data-list=\"ordered\">丁</li></ol><p><br></p>");
    assertThat(text.blocks()).extracting(b -> ((ListItem) b).marker()).containsExactly("1.", "2.", "•", "1.");
    assertThat(text.html()).isEqualTo("<ol><li>甲</li><li>乙</li></ol><ul><li>丙</li></ul><ol><li>丁</li></ol>");
    assertThat(text.plainText()).isEqualTo("1. 甲\n2. 乙\n• 丙\n1. 丁");
  }

  @Test
  void lineBreaks_splitParagraphs_andEmptyOnesAreDropped() {
    RichText text = edited("<p>第一段<br>第二段</p><p><br></p><p>  </p>第三段");
    assertThat(text.plainText()).isEqualTo("第一段\n第二段\n第三段");
  }

  @Test
  void emptyText_orOnlyMarkup_isRequired() {
    for (String html : new String[] {null, "", "<p><br></p>", "<script>alert(1)</script>", "<p> &nbsp; </p>"}) {
      assertThatThrownBy(() -> edited(html)).isInstanceOfSatisfying(BusinessException.class,
          e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
    }
  }

  @Test
  void theLimit_countsTextNotMarkup() {
    String words = "字".repeat(20_000);
    assertThat(edited("<p><strong>" + words + "</strong></p>").characters()).isEqualTo(20_000);
    assertThatThrownBy(() -> edited("<p>" + words + "多</p>")).isInstanceOfSatisfying(BusinessException.class,
        e -> {
          assertThat(e.messageKey()).isEqualTo("richtext.tooLong");
          assertThat(e.arguments()).contains(20_000, 20_001);
        });
    assertThatThrownBy(() -> edited("<p>" + "<b></b>".repeat(60_000) + "字</p>"))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("richtext.markupTooLong"));
  }

  @Test
  void plainTextOfOld_readsAsParagraphs_escapedInHtml() {
    RichText text = Markup.PLAIN.read("一是坚持规划先行。\r\n\n<b>二是</b>坚持项目为王。\n");
    assertThat(text.blocks()).hasSize(2);
    assertThat(text.html()).isEqualTo("<p>一是坚持规划先行。</p><p>&lt;b&gt;二是&lt;/b&gt;坚持项目为王。</p>");
    assertThat(Markup.HTML.read(text.html())).isEqualTo(text);
  }
}
