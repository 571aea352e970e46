package io.github.craftmark.examples.workshop;

import io.github.craftmark.core.CraftMarkException;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Material;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.ProductLabel;
import io.github.craftmark.core.text.VietnameseText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads products from an RFC 4180 CSV file (UTF-8, a header line, quoted fields may hold commas,
 * quotes and line breaks). Columns, in any order:
 *
 * <pre>
 * id, sku, name_vi, category, price, producer        required
 * stock, weight_grams, length_cm, width_cm, height_cm, village, brand, ocop_certificate,
 * origin, materials (separated by ';'), description_vi  optional
 * </pre>
 *
 * <p>Text is NFC-normalised. The first problem stops the read with its line and column named, so
 * nothing half-read is used.
 */
public final class CsvProducts {
  /** The columns every file must have. */
  public static final List<String> REQUIRED =
      List.of("id", "sku", "name_vi", "category", "price", "producer");

  /** The columns a file may have besides the required ones. */
  public static final List<String> OPTIONAL = List.of(
      "stock",
      "weight_grams",
      "length_cm",
      "width_cm",
      "height_cm",
      "village",
      "brand",
      "ocop_certificate",
      "origin",
      "materials",
      "description_vi");

  private static final int MAX_BYTES = 16 * 1024 * 1024;

  private CsvProducts() {}

  /**
   * Reads the products of a CSV file.
   *
   * @param file the file
   * @return the products, in file order
   * @throws CatalogueException naming the line and column of the first problem
   */
  public static List<Product> read(Path file) {
    String text = readUtf8(file);
    List<Row> rows = parse(file, text);
    if (rows.isEmpty()) {
      throw new CatalogueException(file, 1, null, "the file is empty: a header line is needed");
    }
    Row header = rows.get(0);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields.size(); i++) {
      String name = header.fields.get(i).strip().toLowerCase(java.util.Locale.ROOT);
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        throw new CatalogueException(
            file,
            header.line,
            name,
            "unknown column; expected one of " + REQUIRED + " " + OPTIONAL);
      }
      if (columns.put(name, i) != null) {
        throw new CatalogueException(file, header.line, name, "the column appears twice");
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        throw new CatalogueException(file, header.line, required, "the required column is missing");
      }
    }
    List<Product> products = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Row row : rows.subList(1, rows.size())) {
      if (row.fields.size() == 1 && row.fields.get(0).isBlank()) {
        continue; // a blank line
      }
      if (row.fields.size() != header.fields.size()) {
        throw new CatalogueException(
            file,
            row.line,
            null,
            "expected " + header.fields.size() + " fields as in the header, found "
                + row.fields.size());
      }
      Product product = toProduct(file, row, columns);
      if (!ids.add(product.id().value())) {
        throw new CatalogueException(
            file, row.line, "id", "repeats an earlier product: " + product.id().value());
      }
      products.add(product);
    }
    return products;
  }

  private static Product toProduct(Path file, Row row, Map<String, Integer> columns) {
    Cells cells = new Cells(file, row, columns);
    Product.Builder b = Product.builder()
        .id(cells.required("id", ProductId::of))
        .sku(cells.required("sku", Sku::of))
        .nameVi(cells.required("name_vi", Function.identity()))
        .category(cells.required("category", CraftCategory::fromCode))
        .price(cells.required("price", Money::parse))
        .producer(cells.required("producer", ProducerId::of));
    b.stock(cells.optional("stock", Integer::parseInt).orElse(0));
    cells.optional("weight_grams", Integer::valueOf).ifPresent(b::weightGrams);
    var length = cells.optional("length_cm", Function.identity());
    var width = cells.optional("width_cm", Function.identity());
    var height = cells.optional("height_cm", Function.identity());
    if (length.isPresent() || width.isPresent() || height.isPresent()) {
      if (length.isEmpty() || width.isEmpty() || height.isEmpty()) {
        throw new CatalogueException(
            file, row.line, "length_cm/width_cm/height_cm", "give all three dimensions or none");
      }
      b.dimensions(
          cells.convert("length_cm", length.get() + "|" + width.get() + "|" + height.get(), v -> {
            String[] parts = v.split("\\|", -1);
            return Dimensions.ofCm(parts[0], parts[1], parts[2]);
          }));
    }
    cells.optional("village", VillageId::of).ifPresent(b::village);
    cells.optional("brand", BrandId::of).ifPresent(b::brand);
    cells.optional("ocop_certificate", Function.identity()).ifPresent(b::ocopCertificate);
    cells.optional("origin", ProductLabel::ofOrigin).ifPresent(b::label);
    cells.optional("description_vi", Function.identity()).ifPresent(b::descriptionVi);
    cells.optional("materials", Function.identity()).ifPresent(list -> {
      for (String material : list.split(";")) {
        if (!material.isBlank()) {
          b.addMaterial(cells.convert("materials", material.strip(), Material::of));
        }
      }
    });
    try {
      return b.build();
    } catch (CraftMarkException e) {
      throw new CatalogueException(file, row.line, null, e.getMessage());
    }
  }

  /** One row's cells, converted with the line and column named on failure. */
  private static final class Cells {
    private final Path file;
    private final Row row;
    private final Map<String, Integer> columns;

    Cells(Path file, Row row, Map<String, Integer> columns) {
      this.file = file;
      this.row = row;
      this.columns = columns;
    }

    <T> T required(String column, Function<String, T> parser) {
      return optional(column, parser)
          .orElseThrow(() -> new CatalogueException(file, row.line, column, "must not be empty"));
    }

    <T> java.util.Optional<T> optional(String column, Function<String, T> parser) {
      Integer index = columns.get(column);
      if (index == null) {
        return java.util.Optional.empty();
      }
      String value = VietnameseText.nfc(row.fields.get(index)).strip();
      if (value.isEmpty()) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(convert(column, value, parser));
    }

    <T> T convert(String column, String value, Function<String, T> parser) {
      try {
        return parser.apply(value);
      } catch (NumberFormatException e) {
        throw new CatalogueException(file, row.line, column, "not a whole number: " + value);
      } catch (CraftMarkException e) {
        throw new CatalogueException(file, row.line, column, e.getMessage());
      }
    }
  }

  private record Row(int line, List<String> fields) {}

  private static String readUtf8(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new CatalogueException(file, 0, null, "larger than " + MAX_BYTES + " bytes");
      }
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new CatalogueException(file, 0, null, "not UTF-8 text (save it as CSV UTF-8)");
    } catch (IOException e) {
      throw new CatalogueException(file, 0, null, "cannot read the file: " + e.getMessage());
    }
  }

  /** Splits RFC 4180 text into rows, each with the line it starts on. */
  static List<Row> parse(Path file, String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        rows.add(new Row(rowLine, List.copyOf(fields)));
        fields.clear();
        field.setLength(0);
        afterQuote = false;
        line++;
        rowLine = line;
      } else if (c == '"' && field.length() == 0 && !afterQuote) {
        quoted = true;
      } else if (afterQuote || c == '"') {
        throw new CatalogueException(
            file,
            line,
            null,
            "a quote must open and close a whole field (write \"\" for a quote inside one)");
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new CatalogueException(file, rowLine, null, "a quoted field is not closed");
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
  }
}
