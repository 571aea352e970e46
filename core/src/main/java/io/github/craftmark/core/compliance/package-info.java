/**
 * Rules sellers must follow, as dated and replaceable data: labels, tax withheld by platforms,
 * restricted goods, brand and OCOP claims.
 */
package io.github.craftmark.core.compliance;
