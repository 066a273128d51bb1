/**
 * The generated switch and adapter factory of the metamodel, and its generated EValidator, which runs the rules of
 * {@link coyotos.studio.model.validation.CoyotosRules} as one invariant of the system.
 */
package coyotos.studio.model.util;
