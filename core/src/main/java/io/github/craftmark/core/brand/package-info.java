/**
 * Village brands as intellectual-property rights (collective marks, certification marks,
 * geographical indications, trademarks) and who may use them.
 */
package io.github.craftmark.core.brand;
