/**
 * Signed anti-counterfeit tags for craft products: the errors shared by every part of the module.
 *
 * <p>Keys are in {@link io.github.craftmark.provenance.key}.
 */
package io.github.craftmark.provenance;
