/**
 * Money in Vietnamese đồng (whole đồng, never floating point): arithmetic, allocation without
 * losing a đồng, vi-VN formatting and parsing.
 */
package io.github.craftmark.core.money;
