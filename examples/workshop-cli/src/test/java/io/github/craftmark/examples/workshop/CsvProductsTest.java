package io.github.craftmark.examples.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Product;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvProductsTest {
  @TempDir
  Path dir;

  private Path write(String text) throws Exception {
    Path file = dir.resolve("products.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void read_quotedFieldsAndDecomposedText_giveNfcProducts() throws Exception {
    String decomposed = Normalizer.normalize("Bình hút lộc, men rạn", Normalizer.Form.NFD);
    Path file =
        write("\uFEFFid,sku,name_vi,category,price,producer,weight_grams,length_cm,width_cm,"
            + "height_cm,materials,description_vi\r\n"
            + "binh-01,BT-1,\"" + decomposed + "\",ceramics,1.250.000 ₫,hh-1,1800,18,18,25.5,"
            + "Đất sét trắng;Men rạn,\"Cao 25 cm, \"\"men rạn cổ\"\"\nhai dòng\"\r\n");
    List<Product> products = CsvProducts.read(file);
    assertThat(products).hasSize(1);
    Product p = products.get(0);
    assertThat(p.nameVi()).isEqualTo("Bình hút lộc, men rạn");
    assertThat(p.lowestPrice()).isEqualTo(Money.ofDong(1_250_000));
    assertThat(p.materials()).hasSize(2);
    assertThat(p.descriptionVi()).contains("Cao 25 cm, \"men rạn cổ\"\nhai dòng");
  }

  @Test
  void read_badPrice_namesLineAndField() throws Exception {
    Path file = write("id,sku,name_vi,category,price,producer\n"
        + "a,S-1,Bình,ceramics,100000,hh-1\n"
        + "b,S-2,\"Bình\nhai dòng\",ceramics,100000,hh-1\n"
        + "d,S-3,Bình,ceramics,abc,hh-1\n");
    assertThatThrownBy(() -> CsvProducts.read(file))
        .isInstanceOf(CatalogueException.class)
        .hasMessageStartingWith("products.csv line 5 field price:")
        .satisfies(e -> assertThat(((CatalogueException) e).line()).isEqualTo(5));
  }

  @Test
  void read_missingColumn_unknownColumn_wrongFieldCount_unclosedQuote_areNamed() throws Exception {
    assertThatThrownBy(() -> CsvProducts.read(write("id,sku,name_vi,category,price\n")))
        .hasMessageContaining("line 1 field producer: the required column is missing");
    assertThatThrownBy(
            () -> CsvProducts.read(write("id,sku,name_vi,category,price,producer,colour\n")))
        .hasMessageContaining("field colour: unknown column");
    assertThatThrownBy(
            () -> CsvProducts.read(write("id,sku,name_vi,category,price,producer\na,b\n")))
        .hasMessageContaining("line 2: expected 6 fields as in the header, found 2");
    assertThatThrownBy(
            () -> CsvProducts.read(write("id,sku,name_vi,category,price,producer\n\"a,b\n")))
        .hasMessageContaining("line 2: a quoted field is not closed");
    assertThatThrownBy(() ->
            CsvProducts.read(write("id,sku,name_vi,category,price,producer\na,S,B,nope,1,hh\n")))
        .hasMessageContaining("line 2 field category");
  }

  @Test
  void read_repeatedId_andPartialDimensions_areRefused() throws Exception {
    assertThatThrownBy(() -> CsvProducts.read(write("id,sku,name_vi,category,price,producer\n"
            + "a,S-1,B,ceramics,1,hh\na,S-2,B,ceramics,1,hh\n")))
        .hasMessageContaining("line 3 field id: repeats an earlier product: a");
    assertThatThrownBy(() -> CsvProducts.read(
            write("id,sku,name_vi,category,price,producer,length_cm\na,S-1,B,ceramics,1,hh,10\n")))
        .hasMessageContaining("give all three dimensions or none");
  }

  @Test
  void read_notUtf8_saysSo() throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, new byte[] {'i', 'd', ',', (byte) 0xE0, '\n'});
    assertThatThrownBy(() -> CsvProducts.read(file)).hasMessageContaining("not UTF-8");
  }

  @Test
  void readJson_badValue_namesLineAndField() throws Exception {
    Path file = dir.resolve("catalogue.json");
    Files.writeString(
        file,
        "{\n  \"products\": [\n    {\"id\": \"a\", \"sku\": \"S\",\n"
            + "     \"nameVi\": \"B\", \"category\": \"ceramics\", \"variants\": [{\"sku\":\"S\",\"price\": -5,"
            + "\"stock\":1,\"options\":[]}],\n     \"producer\": \"hh\"}\n  ]\n}\n");
    assertThatThrownBy(() -> Catalogue.readJson(file))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("catalogue.json line")
        .hasMessageContaining("products");
    Files.writeString(file, "{\"products\": [}");
    assertThatThrownBy(() -> Catalogue.readJson(file))
        .hasMessageContaining("catalogue.json line 1");
  }
}
