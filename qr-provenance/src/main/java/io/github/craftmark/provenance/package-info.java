/**
 * Signed anti-counterfeit tags for craft products: the errors shared by every part of the module.
 *
 * <p>Keys are in {@code io.github.craftmark.provenance.key}.
 */
package io.github.craftmark.provenance;
