/**
 * A simulated system under a debugger: a {@link coyotos.studio.sim.debug.DebugSession} runs the kernel on a thread of
 * its own and stops it between two kernel events, steps, runs to faults and breakpoints, and goes back by checkpoints
 * and replay (the kernel is deterministic, so the replay is the run itself); changes a handler could make (Process.idl
 * setState, setCapReg, setSlot) and memory writes are kept with their position and replayed. Plain Java, no Eclipse
 * types.
 */
package coyotos.studio.sim.debug;
