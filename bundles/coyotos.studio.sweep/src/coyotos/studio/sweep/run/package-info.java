/**
 * Running a sweep: each point is the single run of its model through the one run path (ModelSimulation), on as
 * many threads as asked, with progress after every point and cancellation.
 */
package coyotos.studio.sweep.run;
