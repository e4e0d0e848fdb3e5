package org.jixiao.reporting.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF's line breaking: numbers stay whole, closing punctuation never opens a line (避头). */
class LineBreakTest {

  private static List<String> chars(String text) {
    return text.codePoints().mapToObj(Character::toString).toList();
  }

  @Test
  void aNumberIsNotSplit_itMovesToTheNextLineWhole() {
    // the line is full after "90" and the next character is "."
    assertThat(PdfWriter.breakIndex(chars("自评得分 90"), ".")).isEqualTo(5);
    assertThat(PdfWriter.breakIndex(chars("自评得分90.7"), "4")).isEqualTo(4);
  }

  @Test
  void closingPunctuation_takesThePreviousCharacterAlong() {
    assertThat(PdfWriter.breakIndex(chars("等级为优"), "。")).isEqualTo(3);
    assertThat(PdfWriter.breakIndex(chars("得分 90.74"), "，")).isEqualTo(3);
  }

  @Test
  void anOrdinaryChineseLine_breaksWhereItIsFull() {
    assertThat(PdfWriter.breakIndex(chars("部门整体支出绩效"), "自")).isEqualTo(8);
  }

  @Test
  void aRunLongerThanTheLine_breaksWhereItMust() {
    assertThat(PdfWriter.breakIndex(chars("123456789"), "0")).isEqualTo(9);
  }
}
