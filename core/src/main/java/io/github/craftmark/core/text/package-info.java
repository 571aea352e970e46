/**
 * Vietnamese text: NFC normalisation, ASCII folding (with đ → d), slugs and diacritic-insensitive
 * search keys.
 */
package io.github.craftmark.core.text;
