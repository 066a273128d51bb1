/**
 * Where diagram nodes sit: the positions of every diagram of one model, and the sorted JSON layout file kept beside
 * the model ({@code name.coyotos.layout}).
 */
package coyotos.studio.diagram.layout;
