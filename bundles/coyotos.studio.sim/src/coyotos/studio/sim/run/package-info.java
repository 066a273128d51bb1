/**
 * Running a simulation: the entry point, its limits and cancellation.
 */
package coyotos.studio.sim.run;
