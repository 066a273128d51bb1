/**
 * Internal: the generated implementation classes of the metamodel. Create objects through
 * {@link coyotos.studio.model.CoyotosFactory}.
 */
package coyotos.studio.model.impl;
