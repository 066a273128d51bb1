/**
 * Editing support without UI toolkit: the editing domain and adapter factory of the model, and the labels that
 * say what a capability designates, shared by the tree and the diagrams.
 */
package coyotos.studio.model.edit;
