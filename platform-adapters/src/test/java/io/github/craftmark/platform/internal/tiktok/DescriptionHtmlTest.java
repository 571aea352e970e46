package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DescriptionHtmlTest {
  @Test
  void fromPlainText_makesParagraphsAndLineBreaks() {
    String html = DescriptionHtml.fromPlainText(
        "Bình gốm Bát Tràng, men rạn cổ.\nCao 25 cm.\n\n\nLàm thủ công tại Bát Tràng.");

    assertThat(html)
        .isEqualTo("<p>Bình gốm Bát Tràng, men rạn cổ.<br>Cao 25 cm.</p>"
            + "<p>Làm thủ công tại Bát Tràng.</p>");
  }

  @Test
  void fromPlainText_escapesMarkupSoSellerTextCannotAddTags() {
    assertThat(DescriptionHtml.fromPlainText("<script>alert('x')</script> & \"quà\""))
        .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quà&quot;</p>");
  }

  @Test
  void fromPlainText_normalisesToNfcAndDropsControlCharacters() {
    String decomposed = Normalizer.normalize("Gốm\u0007 sứ", Normalizer.Form.NFD);

    assertThat(DescriptionHtml.fromPlainText(decomposed)).isEqualTo("<p>Gốm sứ</p>");
  }

  @Test
  void fromPlainText_windowsLineEndingsAndBlankText() {
    assertThat(DescriptionHtml.fromPlainText("a\r\nb\r\rc")).isEqualTo("<p>a<br>b</p><p>c</p>");
    assertThat(DescriptionHtml.fromPlainText(" \n \n")).isEmpty();
  }

  @Test
  void length_countsCodePoints() {
    assertThat(DescriptionHtml.length("<p>Gốm 🏺</p>")).isEqualTo(12);
  }
}
