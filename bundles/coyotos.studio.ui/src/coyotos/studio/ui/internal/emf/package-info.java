/**
 * Internal: the JFace bridge to EMF item providers (content, labels, images, property sources).
 */
package coyotos.studio.ui.internal.emf;
