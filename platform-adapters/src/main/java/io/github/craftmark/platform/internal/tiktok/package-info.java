/**
 * Implementation of the TikTok Shop adapter: wire formats, payloads and parsing. Not API: may change
 * in any release.
 */
package io.github.craftmark.platform.internal.tiktok;
