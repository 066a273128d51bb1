/**
 * The run report as a table, JSON or CSV, as the command line prints it.
 */
package coyotos.studio.sim.report;
