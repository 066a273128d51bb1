/**
 * The simulator's input: a system image (processes, address spaces, endpoints, workloads, handler behaviour)
 * and its run setup, with no Eclipse or EMF types.
 */
package coyotos.studio.sim.image;
