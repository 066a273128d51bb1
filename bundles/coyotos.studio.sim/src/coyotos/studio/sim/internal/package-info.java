/**
 * Internal helpers of the simulator (primitive collections).
 */
package coyotos.studio.sim.internal;
