/**
 * TikTok Shop (Open API version 202309): request signing, webhook verification and the marketplace
 * adapter for Vietnamese shops selling in đồng.
 */
package io.github.craftmark.platform.tiktok;
