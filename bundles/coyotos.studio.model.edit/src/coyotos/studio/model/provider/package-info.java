/**
 * The generated EMF item providers: labels, icons, children and property descriptors of every model object.
 */
package coyotos.studio.model.provider;
