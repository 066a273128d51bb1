/**
 * Internal: the .mki editor (colouring, checking while typing, Outline, links on imported module names). Friends:
 * the UI tests.
 */
package coyotos.studio.mkimage.ui.internal.editor;
