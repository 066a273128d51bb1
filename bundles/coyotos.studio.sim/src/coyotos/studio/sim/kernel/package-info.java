/**
 * Internal: the simulated kernel (fault delivery, IPC, scheduling, cost accounting). Friends: the simulator's
 * tests.
 */
package coyotos.studio.sim.kernel;
