/**
 * The simulated machine: CPU cost profiles (docs/coyotos-domain.md §5), the TLB, hardware page tables, object
 * sizes.
 */
package coyotos.studio.sim.machine;
