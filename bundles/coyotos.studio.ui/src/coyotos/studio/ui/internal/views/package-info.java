/**
 * Internal: the results views (Simulation Results, Cost Breakdown, Timeline, Trace, Compare Runs).
 */
package coyotos.studio.ui.internal.views;
