/**
 * Design-space sweeps: what a sweep is ({@link coyotos.studio.sweep.SweepSpec}: axes over model attributes, the
 * replicate and handler-design axes, the CPU profile and the kernel variant, with values as lists or ranges),
 * slices of it ({@link coyotos.studio.sweep.Shard}) and its saved form. The same spec serves {@code ./studio sweep}
 * and the Coyotos Sweep launch.
 */
package coyotos.studio.sweep;
