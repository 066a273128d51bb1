/**
 * The diagram pages of the model editor: the GLSP client in an SWT Browser, the bridge that carries its messages
 * to the in-process server without a network port, its toolbar, and the selection it hands to Properties.
 */
package coyotos.studio.diagram.ui;
