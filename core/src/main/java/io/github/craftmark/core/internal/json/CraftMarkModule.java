package io.github.craftmark.core.internal.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.CraftCategory;

/** Registers the serializers and deserializers of every core type that is not a plain record. */
public final class CraftMarkModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with every core type's JSON mapping registered. */
  public CraftMarkModule() {
    super("craftmark-core");
    ScalarJson.asString(this, ProducerId.class, ProducerId::value, ProducerId::new);
    ScalarJson.asString(this, VillageId.class, VillageId::value, VillageId::new);
    ScalarJson.asString(this, BrandId.class, BrandId::value, BrandId::new);
    ScalarJson.asString(this, ProductId.class, ProductId::value, ProductId::new);
    // A code not registered in this JVM still reads: unknown crafts must not break older readers.
    ScalarJson.asString(this, CraftCategory.class, CraftCategory::code, CraftMarkModule::category);
    OcopJson.register(this);
    BrandJson.register(this);
    ScalarJson.asLong(this, Money.class, Money::dong, Money::ofDong);
    AddressAndIdentifierJson.register(this);
    // Each area registers its own types here, one line per area.
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    // Appended, so that a user's own mix-ins on CraftMark types still win.
    context.appendAnnotationIntrospector(new CraftMarkFormat());
  }

  private static CraftCategory category(String code) {
    return CraftCategory.find(code).orElseGet(() -> CraftCategory.of(code, code, code));
  }
}
