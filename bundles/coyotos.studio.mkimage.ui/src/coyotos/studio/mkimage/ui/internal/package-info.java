/**
 * Internal: the IDE side of importing an image (the run as a job, markers on the .mki files, the layout of the new
 * model's diagrams, the project's import settings) and opening a .mki place. Friends: the UI tests.
 */
package coyotos.studio.mkimage.ui.internal;
