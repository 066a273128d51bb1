/**
 * Internal: the validation rules, one class each, with the id, severity and specification section they rest on
 * (docs/coyotos-domain.md §6). Registered in {@link coyotos.studio.model.validation.CoyotosRules}.
 */
package coyotos.studio.model.validation.rules;
