/**
 * What a run produces: cycles per cost category and process, fault counts and latencies, memory overhead, events
 * and how the run ended.
 */
package coyotos.studio.sim.result;
