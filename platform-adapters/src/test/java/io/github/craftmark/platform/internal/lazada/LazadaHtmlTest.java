package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LazadaHtmlTest {
  @Test
  void paragraphs_splitsOnBlankLinesAndBreaksSingleNewlines() {
    assertThat(LazadaHtml.paragraphs("Bình gốm Bát Tràng.\nMen rạn cổ.\n\n\nCao 25 cm.\r\n"))
        .isEqualTo("<p>Bình gốm Bát Tràng.<br/>Men rạn cổ.</p><p>Cao 25 cm.</p>");
  }

  @Test
  void paragraphs_escapesMarkupSoSellerTextStaysText() {
    assertThat(LazadaHtml.paragraphs("<script>alert('x')</script> & \"quà\""))
        .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quà&quot;</p>");
  }

  @Test
  void paragraphs_blankText_isEmpty() {
    assertThat(LazadaHtml.paragraphs(" \n\n ")).isEmpty();
  }
}
