/**
 * Internal: the .coyotos editor: the model as a tree, Outline, Properties, undo on one command stack, the diagram
 * pages, and what happens when the file changes or goes away outside the editor.
 */
package coyotos.studio.ui.internal.editor;
