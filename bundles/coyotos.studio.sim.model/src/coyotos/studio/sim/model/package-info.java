/**
 * From the EMF model to the simulator: translation of a system into an image, with problems that name the model
 * element they come from, and the one way the IDE and the command line run a model.
 */
package coyotos.studio.sim.model;
