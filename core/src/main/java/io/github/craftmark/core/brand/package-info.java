/**
 * Village brands as intellectual-property rights (collective marks, certification marks,
 * geographical indications, trademarks) and who may use them.
 *
 * <p>A {@link io.github.craftmark.core.brand.VillageBrand} is the right: its sign, registration,
 * owner, Nice classes and protection period. A {@link
 * io.github.craftmark.core.brand.BrandUseAuthorisation} is one producer's right to use it, on a
 * basis that must fit the mark type: members use a collective mark under the owner's regulation on
 * use (Law on Intellectual Property art. 4(17)), certified producers a certification mark, permit
 * holders a geographical indication owned by the State, licensees a trademark. A {@link
 * io.github.craftmark.core.brand.BrandRegistry} holds both and answers {@code mayUse(producer,
 * brand, date)} with a {@link io.github.craftmark.core.brand.BrandUseDecision}.
 *
 * <pre>{@code
 * BrandRegistry registry = BrandRegistry.of(brands, authorisations);
 * BrandUseDecision d = registry.mayUse(producer, BrandId.of("gom-bat-trang"),
 *     LocalDate.now(clock), CraftCategory.CERAMICS);
 * if (!d.allowed()) {
 *   show(d.messageVi());
 * }
 * }</pre>
 */
package io.github.craftmark.core.brand;
