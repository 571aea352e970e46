/**
 * Craft villages (làng nghề) and traditional craft villages, their recognised crafts and members.
 */
package io.github.craftmark.core.village;
