/**
 * The Coyotos debug model on the Eclipse debug platform (org.eclipse.debug.core): a simulated system as a
 * {@link coyotos.studio.debug.CoyotosDebugTarget} with one {@link coyotos.studio.debug.CoyotosThread} per process and
 * {@link coyotos.studio.debug.CoyotosStackFrame}s for where each process is, over the simulator's debug session
 * ({@code coyotos.studio.sim.debug}); breakpoints as persistent workspace markers; a process's memory through its GPT
 * tree for the Memory view.
 */
package coyotos.studio.debug;
