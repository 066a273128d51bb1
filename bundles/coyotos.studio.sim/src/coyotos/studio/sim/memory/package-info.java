/**
 * Memory objects and the GPT walk (spec §4.3.1, {@code kern_MemWalk.c}) with the fault codes of
 * {@code Process.idl}.
 */
package coyotos.studio.sim.memory;
