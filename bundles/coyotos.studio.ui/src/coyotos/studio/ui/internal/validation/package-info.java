/**
 * Internal: validation in the workbench: Problems markers per finding, Validate Model, validation after save in a
 * workspace job, and the quick fixes Problems offers for a marker.
 */
package coyotos.studio.ui.internal.validation;
