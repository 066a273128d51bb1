/**
 * Internal: the GLSP server configuration of the two diagram kinds: Guice modules, diagram configurations, the
 * session state on the editor's command stack, model storage, rule markers and label checks.
 */
package coyotos.studio.diagram.internal.server;
