/**
 * Identifiers: entity ids, GTINs with their GS1 check digit, SKUs, Vietnamese tax codes and item
 * serial numbers.
 */
package io.github.craftmark.core.id;
