/**
 * The validation of a system against the Coyotos rules: the rule interface, the engine that runs every rule, the
 * index and address-space analysis the rules share, and the findings they report.
 */
package coyotos.studio.model.validation;
