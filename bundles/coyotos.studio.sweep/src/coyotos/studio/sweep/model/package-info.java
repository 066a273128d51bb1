/**
 * The model of each point of a sweep: a copy of the user's model (never the model itself) transformed by the
 * point's axis values: an attribute set through its path, a process replicated with its space and handler wiring,
 * its faults rewired to another handler design.
 */
package coyotos.studio.sweep.model;
