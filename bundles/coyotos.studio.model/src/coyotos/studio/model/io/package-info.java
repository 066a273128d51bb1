/**
 * Loading and saving .coyotos files: the resource (UUID ids), its factory, and the loader that turns every problem
 * of a malformed file into a diagnostic with its line and column instead of an exception.
 */
package coyotos.studio.model.io;
