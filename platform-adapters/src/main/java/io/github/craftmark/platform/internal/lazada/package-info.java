/**
 * Implementation of the Lazada adapter: wire formats, payload builders and parsers. Not API: it
 * is not exported and may change in any release.
 */
package io.github.craftmark.platform.internal.lazada;
