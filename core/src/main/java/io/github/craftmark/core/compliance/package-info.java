/**
 * Rules sellers must follow, as dated and replaceable data: labels, tax withheld by platforms,
 * restricted goods, brand and OCOP claims; {@link
 * io.github.craftmark.core.compliance.ComplianceChecker} checks a product against all of them at
 * once.
 */
package io.github.craftmark.core.compliance;
