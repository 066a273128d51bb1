/**
 * Test fixtures: the seed and IPC scenarios built as images in Java. Friends only (the simulator's and the run
 * library's tests, and the UI tests).
 */
package coyotos.studio.sim.examples;
